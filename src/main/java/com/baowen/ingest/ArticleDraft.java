package com.baowen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article being put together from a page's blocks; not thread-safe. */
final class ArticleDraft {
    private static final Pattern LEAD_BYLINE = Pattern.compile("^本报\\S{0,12}讯\\s*[（(]([^）)]{1,30})[）)]");

    Head head;
    ArticleKind kind = ArticleKind.NEWS;
    String creditByline;
    String date;
    private final List<MappedText> paragraphs = new ArrayList<>();
    private int bodyBlocks;
    private String leadRaw;
    private int sections;

    ArticleDraft(Head head) {
        this.head = head;
    }

    /** A feature: its head has a subtitle or byline, or it already has section headings; a news lead is none. */
    boolean isFeature() {
        return sections > 0 || (head != null && (head.subtitle() != null || head.byline() != null)
                && !BlockClassifier.isLead(leadRaw == null ? "" : leadRaw));
    }

    boolean hasBody() {
        return bodyBlocks > 0;
    }

    /** Adds a block of running text: its lines re-joined, one paragraph per line that ends a sentence at full width. */
    void addBody(PageBlock block) {
        MappedText para = new MappedText();
        String previous = null;
        for (SourceLine line : block.lines) {
            if (previous != null && previous.length() >= PageSplitter.PARAGRAPH_LINE_CHARS && BlockClassifier.endsSentence(previous)
                    && para.length() > 0) {
                paragraphs.add(para);
                para = new MappedText();
            }
            OcrCleaner.appendBody(line.text(), line.offset(), para);
            previous = line.stripped();
        }
        if (para.length() > 0) {
            paragraphs.add(para);
        }
        if (bodyBlocks == 0) {
            leadRaw = block.joined();
        }
        bodyBlocks++;
    }

    /** Adds a heading line inside the article (a section heading, a column's date) as its own paragraph. */
    void addHeadingLine(PageBlock block) {
        MappedText para = new MappedText();
        SourceLine line = block.lines.getFirst();
        int prefix = markdownPrefix(line.text());
        OcrCleaner.appendHeadline(line.text().substring(prefix), line.offset() + prefix, para);
        if (para.length() > 0) {
            paragraphs.add(para);
            sections++;
        }
    }

    Article toArticle(String id, String source) {
        MappedText text = new MappedText();
        for (MappedText p : paragraphs) {
            if (text.length() > 0) {
                text.append('\n', Math.max(0, sourceOffsetOfFirst(p) - 1));
            }
            text.append(p);
        }
        String body = text.toString();
        String title = head != null && head.hasTitle() ? head.title() : derivedTitle(body);
        String subtitle = head == null ? null : head.subtitle();
        String byline = head != null && head.byline() != null ? head.byline() : creditByline;
        if (byline == null) {
            Matcher m = LEAD_BYLINE.matcher(leadRaw == null ? body : leadRaw.strip());
            byline = m.find() ? m.group(1).strip().replaceAll("\\s+", " ") : null;
        }
        return new Article(id, title, subtitle, byline, kind, source, date, body, text.sourceMap());
    }

    /** A title from the lead; a column entry's title starts with its date. */
    private String derivedTitle(String body) {
        if (date != null && body.startsWith(date)) {
            String rest = body.substring(date.length()).strip();
            return rest.isEmpty() ? date : date + " " + TitleDeriver.derive(rest);
        }
        return TitleDeriver.derive(body);
    }

    private static int sourceOffsetOfFirst(MappedText p) {
        return p.sourceMap().sourceOffset(0);
    }

    private static int markdownPrefix(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '#') {
            i++;
        }
        return i;
    }
}
