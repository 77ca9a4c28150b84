package com.baowen.ingest;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import java.io.IOException;

/**
 * The content type of a file from its bytes (Tika's magic, text and container detectors), never from its
 * name: a renamed program is not a PDF. Thread-safe.
 */
public final class ContentTypes {
    public static final String PDF = "application/pdf";
    public static final String HTML = "text/html";
    public static final String XHTML = "application/xhtml+xml";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String RTF = "application/rtf";
    public static final String EPUB = "application/epub+zip";
    public static final String TEXT = "text/plain";
    public static final String OCTETS = "application/octet-stream";

    private ContentTypes() {
    }

    /** The base media type ("application/pdf", "text/plain"…) detected from the bytes alone. */
    public static String detect(byte[] bytes) {
        // no file name in the metadata: the type comes from the content
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return Holder.DETECTOR.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            // a container the zip detector cannot open (truncated, bomb-like) is just bytes
            return MediaType.OCTET_STREAM.toString();
        }
    }

    /** Tika's default detector, loaded on first use (it scans the class path once). */
    private static final class Holder {
        static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    }
}
