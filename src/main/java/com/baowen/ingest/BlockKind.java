package com.baowen.ingest;

/** What a block of lines on a page is, judged from its shape and wording. */
enum BlockKind {
    /** Running text: one paragraph or a piece of one. */
    BODY,
    /** A short line without sentence punctuation: a headline, subtitle or section heading. */
    HEADING,
    /** A Markdown heading ({@code #}, {@code ##}, {@code ###}). */
    MARKDOWN_HEADING,
    /** A subtitle printed under its headline: "——小店区践行“枫桥经验”工作记事". */
    SUBTITLE,
    /** A kicker printed above its headline, ending in a dash: "…以“善治实招”暖民心——". */
    KICKER,
    /** A byline line: "本报记者 李盼 通讯员 王楠", "□ 本报记者 何嫱". */
    BYLINE,
    /** A photo credit line: "本报记者 张国平 摄". */
    PHOTO_CREDIT,
    /** A credit that closes an article: "（申玉芳 马芸）", "·东方 董婕·". */
    CREDIT,
    /** A section banner or rule that belongs to no article: "| 奋进新征程 建功新时代 |", "■ 政务动态", "***". */
    BANNER,
    /** "（上接第一版）": the rest of an article begun on another page. */
    CONTINUED,
    /** A date heading of a history column: "1940年1月6日". */
    DATE
}
