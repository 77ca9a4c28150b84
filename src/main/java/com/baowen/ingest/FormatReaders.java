package com.baowen.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which {@link FormatReader} reads which detected content type; immutable and thread-safe. Plain text
 * ({@code .txt}, {@code .md}, {@code .jsonl}) is read by {@link CorpusReader} itself and is not listed here.
 * Another format (images for OCR, say) is added with {@link #with}.
 */
public final class FormatReaders {
    private final Map<String, FormatReader> byType;

    private FormatReaders(Map<String, FormatReader> byType) {
        this.byType = Map.copyOf(byType);
    }

    /** PDF, HTML, DOCX, ODT, RTF and EPUB. */
    public static FormatReaders defaults() {
        Map<String, FormatReader> m = new LinkedHashMap<>();
        m.put(ContentTypes.PDF, new PdfPageReader());
        HtmlPageReader html = new HtmlPageReader();
        m.put(ContentTypes.HTML, html);
        m.put(ContentTypes.XHTML, html);
        m.put(ContentTypes.DOCX, new OfficeReader("DOCX"));
        m.put(ContentTypes.ODT, new OfficeReader("ODT"));
        m.put(ContentTypes.RTF, new OfficeReader("RTF"));
        m.put(ContentTypes.EPUB, new OfficeReader("EPUB"));
        return new FormatReaders(m);
    }

    /** These readers plus (or with a replaced) reader for one base media type, e.g. {@code image/png}. */
    public FormatReaders with(String mediaType, FormatReader reader) {
        Map<String, FormatReader> m = new LinkedHashMap<>(byType);
        m.put(mediaType, reader);
        return new FormatReaders(m);
    }

    /** The reader for a detected base media type, if any. */
    public Optional<FormatReader> forType(String mediaType) {
        return Optional.ofNullable(byType.get(mediaType));
    }

    /** The media types read here. */
    public Set<String> types() {
        return byType.keySet();
    }
}
