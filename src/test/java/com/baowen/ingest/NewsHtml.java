package com.baowen.ingest;

/** Test fixture: a saved news web page with navigation, ads, a sidebar and a footer around one story. */
public final class NewsHtml {
    private NewsHtml() {
    }

    /** The page for one story published on {@code date} (ISO), whose own URL is {@code url}. */
    public static String page(String headline, String date, String url, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("      <p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s_晋中新闻网</title>
                  <meta property="og:title" content="%1$s">
                  <meta property="og:url" content="%3$s">
                  <meta property="article:published_time" content="%2$sT08:30:00+08:00">
                  <script>var tracker = "不应出现在正文";</script>
                </head>
                <body>
                  <header><div class="logo">晋中新闻网</div></header>
                  <nav><ul><li><a href="/">首页</a></li><li><a href="/jz">晋中要闻</a></li><li><a href="/sx">山西新闻</a></li></ul></nav>
                  <div class="ad-banner"><a href="/ad">春节特惠 家电以旧换新 点击领取优惠券</a></div>
                  <div class="main">
                    <h1>%1$s</h1>
                    <div class="info">来源：晋中日报 <span>%2$s</span></div>
                    <div class="content">
                %4$s    </div>
                    <div class="share">分享到：微信 微博</div>
                  </div>
                  <aside class="sidebar"><h3>热点推荐</h3><ul><li>榆次区举办迎新春文艺汇演</li><li>平遥古城游客量创新高</li></ul></aside>
                  <footer><p>版权所有 晋中日报社 晋ICP备00000000号</p></footer>
                </body>
                </html>
                """.formatted(headline, date, url, body);
    }
}
