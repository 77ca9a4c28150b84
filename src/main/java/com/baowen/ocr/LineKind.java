package com.baowen.ocr;

/** What a printed line is, judged by its height against the page's body text. */
public enum LineKind {
    BODY, HEADLINE, CAPTION
}
