package com.baowen.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Splits one OCR'd newspaper page into articles; stateless and thread-safe (each call has its own state).
 *
 * <p>Flow:
 * <ol>
 *   <li>split the page into classified blocks ({@link PageSplitter});</li>
 *   <li>decide the layout: a page that opens with running text prints its headlines after their bodies;</li>
 *   <li>walk the blocks: a heading group titles the body before it (headline-after layout, while that body
 *       has none) or the body after it; a lead ("本报讯"), a new text region, a photo caption, "（上接第一版）"
 *       or a column date starts a new article; a closing credit ("（任晓明）") ends one; a lone heading
 *       inside an open feature (one with a subtitle or byline under its headline) is a section heading and
 *       stays in its text;</li>
 *   <li>a headline printed apart from its body (a feature split into parts) waits for the next body that
 *       opens with a section heading instead of a lead.</li>
 * </ol>
 */
public final class TxtPageParser {
    private static final Set<BlockKind> HEADISH = EnumSet.of(BlockKind.HEADING, BlockKind.MARKDOWN_HEADING,
            BlockKind.SUBTITLE, BlockKind.KICKER, BlockKind.BYLINE);

    private final boolean markdown;

    /** @param markdown true for {@code .md} files: headlines always precede their bodies */
    public TxtPageParser(boolean markdown) {
        this.markdown = markdown;
    }

    /**
     * @param stem     file stem used for article ids ({@code <stem>-01}, …), already URL-safe
     * @param source   the file name stored in each article
     * @param page     the decoded page
     * @param warnings receives messages about text that could not be placed in an article
     */
    public List<Article> parse(String stem, String source, String page, List<String> warnings) {
        Walk walk = new Walk(PageSplitter.split(page), warnings, source);
        List<Article> articles = new ArrayList<>();
        for (ArticleDraft d : walk.run()) {
            articles.add(d.toArticle(String.format("%s-%02d", stem, articles.size() + 1), source));
        }
        return List.copyOf(articles);
    }

    /** One pass over a page's blocks. */
    private final class Walk {
        private final List<PageBlock> blocks;
        private final List<String> warnings;
        private final String source;
        private final boolean headlineAfterBody;
        private final List<ArticleDraft> done = new ArrayList<>();
        private final Deque<Head> orphans = new ArrayDeque<>();
        private ArticleDraft cur;
        private Head pending;

        Walk(List<PageBlock> blocks, List<String> warnings, String source) {
            this.blocks = blocks;
            this.warnings = warnings;
            this.source = source;
            this.headlineAfterBody = !markdown && printsHeadlinesAfterBodies(blocks);
        }

        /**
         * A page prints headlines after their bodies when it opens with running text that is a news lead
         * ("本报讯…" with no headline above it) or ends with a headline or byline instead of running text.
         */
        private static boolean printsHeadlinesAfterBodies(List<PageBlock> blocks) {
            List<PageBlock> content = blocks.stream().filter(b -> b.kind != BlockKind.BANNER).toList();
            if (content.isEmpty() || content.getFirst().kind != BlockKind.BODY) {
                return false;
            }
            return BlockClassifier.isLead(content.getFirst().joined()) || HEADISH.contains(content.getLast().kind);
        }

        List<ArticleDraft> run() {
            int i = 0;
            while (i < blocks.size()) {
                PageBlock b = blocks.get(i);
                if (HEADISH.contains(b.kind)) {
                    int j = i + 1;
                    while (j < blocks.size() && HEADISH.contains(blocks.get(j).kind) && !blocks.get(j).indentBreak) {
                        j++;
                    }
                    onHeadGroup(blocks.subList(i, j), j < blocks.size() ? blocks.get(j) : null);
                    i = j;
                    continue;
                }
                boolean photoCreditNext = i + 1 < blocks.size() && blocks.get(i + 1).kind == BlockKind.PHOTO_CREDIT;
                onBlock(b, photoCreditNext);
                i++;
            }
            close();
            if (pending != null) {
                orphans.add(pending);
            }
            for (Head h : orphans) {
                warnings.add(source + ": headline without article body: '" + h.title() + "'");
            }
            return done;
        }

        private void onBlock(PageBlock b, boolean photoCreditNext) {
            switch (b.kind) {
                case BANNER -> close();
                case CONTINUED -> {
                    close();
                    cur = new ArticleDraft(takePending());
                    cur.kind = ArticleKind.CONTINUATION;
                }
                case DATE -> {
                    close();
                    cur = new ArticleDraft(takePending());
                    cur.kind = ArticleKind.COLUMN;
                    cur.date = OcrCleaner.cleanBody(b.firstLine());
                    cur.addHeadingLine(b);
                }
                case CREDIT -> {
                    if (cur != null) {
                        cur.creditByline = BlockClassifier.bylineText(b.firstLine());
                        close();
                    }
                }
                case PHOTO_CREDIT -> {
                    if (cur != null && cur.hasBody()) {
                        cur.kind = ArticleKind.PHOTO;
                        cur.creditByline = BlockClassifier.bylineText(b.firstLine());
                        if (!headlineAfterBody) {
                            close();
                        }
                    }
                }
                default -> onBody(b, photoCreditNext);
            }
        }

        private void onBody(PageBlock b, boolean photoCreditNext) {
            String text = b.joined();
            boolean lead = BlockClassifier.isLead(text);
            String photoCredit = BlockClassifier.trailingPhotoCredit(text);
            boolean photo = photoCreditNext || photoCredit != null;
            boolean hasBody = cur != null && cur.hasBody();
            if (cur == null || pending != null
                    || (hasBody && (lead || b.regionStart || photo || cur.kind == ArticleKind.PHOTO))) {
                close();
                startArticle(b, lead || photo);
            }
            if (photo) {
                cur.kind = ArticleKind.PHOTO;
            }
            cur.addBody(b);
            String credit = BlockClassifier.trailingCredit(text);
            if (credit != null) {
                cur.creditByline = credit;
                close();
            } else if (photoCredit != null) {
                cur.creditByline = photoCredit;
                if (!headlineAfterBody) {
                    close();
                }
            }
        }

        private void startArticle(PageBlock first, boolean leadOrPhoto) {
            Head head = takePending();
            if (head != null && head.isBare() && !orphans.isEmpty() && !leadOrPhoto) {
                // a part of a feature whose headline was printed earlier: its own heading is a section heading
                cur = new ArticleDraft(orphans.poll());
                cur.addHeadingLine(head.block());
            } else {
                cur = new ArticleDraft(head);
            }
        }

        private void onHeadGroup(List<PageBlock> group, PageBlock next) {
            if (headlineAfterBody && cur != null && cur.hasBody() && cur.head == null) {
                List<Head> heads = HeadResolver.resolve(group, true);
                cur.head = heads.getFirst();
                close();
                if (heads.size() > 1) {
                    pending = heads.getLast();
                }
                return;
            }
            // a byline before any heading closes the article above it: "记者 司勇 通讯员 刘亚"
            int bylines = 0;
            while (bylines < group.size() && group.get(bylines).kind == BlockKind.BYLINE) {
                if (cur != null && cur.creditByline == null) {
                    cur.creditByline = BlockClassifier.bylineText(group.get(bylines).firstLine());
                }
                bylines++;
            }
            group = group.subList(bylines, group.size());
            if (group.isEmpty()) {
                return;
            }
            boolean loneHeading = group.size() == 1 && group.getFirst().kind == BlockKind.HEADING;
            if (loneHeading && cur != null && cur.hasBody() && cur.isFeature() && pending == null && next != null
                    && next.kind == BlockKind.BODY && !BlockClassifier.isLead(next.joined())) {
                cur.addHeadingLine(group.getFirst());
                return;
            }
            close();
            List<Head> heads = HeadResolver.resolve(group, false);
            for (int k = 0; k < heads.size() - 1; k++) {
                orphans.add(heads.get(k));
            }
            if (pending != null) {
                orphans.add(pending);
            }
            pending = heads.getLast();
        }

        private Head takePending() {
            Head h = pending;
            pending = null;
            return h;
        }

        private void close() {
            if (cur != null && cur.hasBody()) {
                done.add(cur);
            }
            cur = null;
        }
    }
}
