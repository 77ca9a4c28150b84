package com.baowen.ingest;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Why the PDF and HTML readers use PDFBox and jsoup directly (a measurement, not a test; README "Your own
 * articles"): article titles found from the seed pages set as two-column PDFs, through {@link PdfPageReader}
 * and through Tika's PDF text fed to the page parser, with the median time per page over 5 runs; and which
 * boilerplate strings of a news page survive in {@link HtmlPageReader}'s text and in Tika's.
 */
public class FormatMeasure {
    static String tika(byte[] b) throws Exception {
        BodyContentHandler h = new BodyContentHandler(-1);
        new AutoDetectParser().parse(TikaInputStream.get(b), h, new Metadata(), new ParseContext());
        return h.toString();
    }

    public static void main(String[] args) throws Exception {
        int titles = 0, oursHit = 0, tikaHit = 0;
        List<Long> oursNs = new ArrayList<>(), tikaNs = new ArrayList<>();
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String page = Files.readString(seed);
                List<Article> txt = new TxtPageParser(false).parse("s", "s.txt", page, new ArrayList<>());
                byte[] pdf = NewspaperPdf.page(txt.stream().map(a -> new NewspaperPdf.Story(a.title(),
                        Arrays.stream(a.text().split("\n")).filter(p -> !p.isBlank()).toList())).toList());
                List<String> want = txt.stream().map(Article::title).toList();
                for (int rep = 0; rep < 5; rep++) {
                    long t0 = System.nanoTime();
                    List<Article> ours = new PdfPageReader().read("p", "p.pdf", pdf, new ArrayList<>());
                    long t1 = System.nanoTime();
                    String tikaText = tika(pdf);
                    List<Article> viaTika = new TxtPageParser(false).parse("t", "t.pdf", tikaText, new ArrayList<>());
                    long t2 = System.nanoTime();
                    oursNs.add(t1 - t0);
                    tikaNs.add(t2 - t1);
                    if (rep == 0) {
                        titles += want.size();
                        Set<String> o = new HashSet<>(ours.stream().map(Article::title).toList());
                        Set<String> t = new HashSet<>(viaTika.stream().map(Article::title).toList());
                        oursHit += (int) want.stream().filter(o::contains).count();
                        tikaHit += (int) want.stream().filter(t::contains).count();
                        System.out.printf("%s: %d titles, PDFBox+layout %d, Tika text %d (Tika articles %d)%n", seed.getFileName(), want.size(),
                                want.stream().filter(o::contains).count(), want.stream().filter(t::contains).count(), viaTika.size());
                    }
                }
            }
        }
        Collections.sort(oursNs);
        Collections.sort(tikaNs);
        System.out.printf("PDF titles found: PDFBox+layout %d/%d, Tika text + page parser %d/%d%n", oursHit, titles, tikaHit, titles);
        System.out.printf("median ms per page: PDFBox+layout %.1f, Tika %.1f%n", oursNs.get(oursNs.size() / 2) / 1e6, tikaNs.get(tikaNs.size() / 2) / 1e6);

        String html = NewsHtml.page("腊八送温情 粥到意更浓", "2024-01-18", "http://www.jzrb.com/2024-01/18/content_1.htm",
                "本报讯（记者 崔斌）1月16日，太谷区总工会开展腊八送粥活动。", "这一活动，太谷区总工会已连续坚持了8年。");
        byte[] hb = html.getBytes(StandardCharsets.UTF_8);
        String jsoupText = new HtmlPageReader().read("h", "h.html", hb, new ArrayList<>()).getFirst().text();
        String tikaText = tika(hb);
        List<String> boiler = List.of("首页", "晋中要闻", "优惠券", "热点推荐", "版权所有", "分享到", "晋中新闻网");
        System.out.printf("HTML boilerplate strings kept (of %d): jsoup %d, Tika %d%n", boiler.size(),
                boiler.stream().filter(jsoupText::contains).count(), boiler.stream().filter(tikaText::contains).count());
    }
}
