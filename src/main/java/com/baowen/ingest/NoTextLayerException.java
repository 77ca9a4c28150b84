package com.baowen.ingest;

/** A PDF whose pages carry no text: a scan, read by OCR when it is set up ({@code com.baowen.ocr.ScanFormats}). */
public final class NoTextLayerException extends UnreadableFileException {
    public NoTextLayerException(String source) {
        super("scanned PDF: no text layer in " + source + " (and OCR is not set up: models/ocr)");
    }
}
