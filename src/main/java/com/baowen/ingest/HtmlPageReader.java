package com.baowen.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a saved news web page as one article through jsoup; thread-safe.
 *
 * <p>Flow: 1. drop what is never the story (scripts, navigation, headers, footers, asides, forms, and
 * elements whose class or id says ad, banner, share, comment, related…); 2. the main text is the
 * {@code <article>} or else the element whose own paragraphs hold the most text; 3. title from
 * {@code <h1>}, {@code og:title} or {@code <title>}; date from {@code article:published_time}, a
 * {@code <time>} or the URL; the page's URL from {@code og:url} or the canonical link, the paper from
 * {@code og:site_name}.
 *
 * <p>jsoup rather than Tika's HTML parser: Tika's text keeps the menus and ads between the paragraphs and
 * drops the meta tags' meaning; jsoup gives the DOM to score and the meta tags by name. The article text
 * is the paragraphs joined by a newline; its offsets are offsets into that extracted text.
 */
public final class HtmlPageReader implements FormatReader {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, "
            + "button, select, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo]";
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_ ])(ad|ads|advert\\w*|banner|sponsor\\w*|promo\\w*|share|social|comment\\w*|related|recommend\\w*"
                    + "|sidebar|breadcrumb\\w*|menu|nav\\w*|footer|header|copyright|subscribe|popup|cookie\\w*)([-_ ]|$)");
    private static final Pattern URL_DATE = Pattern.compile("(20\\d\\d|19\\d\\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern TEXT_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final int MAX_TITLE_CHARS = 200;

    @Override
    public List<Article> read(String stem, String source, byte[] bytes, List<String> warnings) {
        Document doc;
        try {
            // the charset comes from the BOM or <meta charset>, UTF-8 otherwise
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UnreadableFileException("malformed HTML: " + e.getMessage(), e);
        }
        // the page's own URL: where the story came from, and a date when the page prints none
        String url = meta(doc, "og:url").or(() -> attr(doc, "link[rel=canonical]", "href")).orElse(null);
        String siteName = meta(doc, "og:site_name").orElse(null);
        String h1 = doc.selectFirst("h1") == null ? "" : doc.selectFirst("h1").text().strip();
        String title = !h1.isEmpty() ? h1 : meta(doc, "og:title").orElse(doc.title().strip());
        String date = date(doc, url);

        Element main = mainElement(doc);
        List<String> paragraphs = paragraphs(main, h1);
        if (paragraphs.isEmpty()) {
            return List.of();
        }
        String text = String.join("\n", paragraphs);
        if (title.isEmpty()) {
            title = TitleDeriver.derive(text);
        }
        if (title.length() > MAX_TITLE_CHARS) {
            title = title.substring(0, MAX_TITLE_CHARS);
        }
        Provenance provenance = new Provenance(null, url, siteName, null, null);
        return List.of(new Article(stem + "-01", title, null, null, ArticleKind.NEWS, source, date, text, null, provenance));
    }

    private static Element mainElement(Document doc) {
        doc.select(NEVER_TEXT).remove();
        for (Element e : new ArrayList<>(doc.body().getAllElements())) {
            if (e != doc.body() && e.parent() != null && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())) {
                e.remove();
            }
        }
        Element article = doc.selectFirst("article");
        if (article != null && !article.text().isBlank()) {
            return article;
        }
        Element best = doc.body();
        int bestScore = 0;
        for (Element e : doc.body().getAllElements()) {
            int score = 0;
            for (Element child : e.children()) {
                if (child.nameIs("p")) {
                    score += child.text().strip().length();
                }
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** The text of the main element's paragraphs and paragraph-like blocks, in order; the headline left out. */
    private static List<String> paragraphs(Element main, String h1) {
        List<String> out = new ArrayList<>();
        List<Element> blocks = main.select("p, li, blockquote, pre, h2, h3, h4, h5, h6");
        if (blocks.isEmpty()) {
            blocks = List.of(main);
        }
        for (Element b : blocks) {
            if (!b.select("p, li").isEmpty() && b != main && !b.nameIs("p")) {
                continue; // a container of paragraphs: its paragraphs come on their own
            }
            String t = b.wholeText().replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
            if (!t.isEmpty() && !t.equals(h1)) {
                out.add(t);
            }
        }
        return out;
    }

    private static String date(Document doc, String url) {
        Optional<String> published = meta(doc, "article:published_time")
                .or(() -> meta(doc, "pubdate"))
                .or(() -> meta(doc, "publishdate"))
                .or(() -> attr(doc, "time[datetime]", "datetime"))
                .or(() -> Optional.ofNullable(doc.selectFirst("time")).map(Element::text));
        if (published.isPresent()) {
            Matcher m = TEXT_DATE.matcher(published.get());
            if (m.find()) {
                return iso(m.group(1), m.group(2), m.group(3));
            }
        }
        if (url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                return iso(m.group(1), m.group(2), m.group(3));
            }
        }
        return null;
    }

    private static String iso(String y, String m, String d) {
        return String.format("%s-%02d-%02d", y, Integer.parseInt(m), Integer.parseInt(d));
    }

    private static Optional<String> meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null || e.attr("content").isBlank() ? Optional.empty() : Optional.of(e.attr("content").strip());
    }

    private static Optional<String> attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        return e == null || e.attr(attribute).isBlank() ? Optional.empty() : Optional.of(e.attr(attribute).strip());
    }
}
