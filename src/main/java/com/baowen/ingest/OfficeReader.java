package com.baowen.ingest;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads word-processor and e-book files (DOCX, ODT, RTF, EPUB) through Tika: its XHTML events become a
 * Markdown-like page (headings {@code h1}–{@code h6} as {@code # } lines, one paragraph per block, parted by
 * blank lines) that {@link TxtPageParser} splits into articles as it does {@code .md} files. Offsets point
 * into that extracted page. Thread-safe.
 *
 * <p>Tika guards against zip bombs (its {@code SecureContentHandler} stops a file whose output grows out of
 * all proportion to its input) and the extracted text is capped at {@link #MAX_CHARS}.
 */
public final class OfficeReader implements FormatReader {
    /** The most characters of text taken from one file: 20 million. */
    public static final int MAX_CHARS = 20_000_000;

    private final String format;

    /** @param format the name used in messages: "DOCX", "ODT", "RTF", "EPUB" */
    public OfficeReader(String format) {
        this.format = format;
    }

    @Override
    public List<Article> read(String stem, String source, byte[] bytes, List<String> warnings) {
        MarkdownHandler markdown = new MarkdownHandler();
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            Holder.PARSER.parse(in, new BodyContentHandler(markdown), new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("encrypted " + format + ": it needs a password", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e) || markdown.overLimit) {
                throw new UnreadableFileException(format + " has more than " + MAX_CHARS + " characters of text", e);
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = String.valueOf(root.getMessage());
            if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                throw new UnreadableFileException(format + " refused as a zip bomb: " + message, e);
            }
            throw new UnreadableFileException("malformed " + format + ": " + message, e);
        }
        return new TxtPageParser(true).parse(stem, source, markdown.text(), warnings);
    }

    /** Tika's auto-detecting parser with the standard parsers, loaded on first use. */
    private static final class Holder {
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    /** Writes XHTML body events as Markdown-like text; one per parse, not thread-safe. */
    private static final class MarkdownHandler extends DefaultHandler {
        private static final Set<String> BLOCKS = Set.of("p", "li", "div", "blockquote", "pre", "td", "th", "dd", "dt", "tr");
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder block = new StringBuilder();
        private int heading;
        private boolean overLimit;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String name = localName.toLowerCase(Locale.ROOT);
            if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                flush();
                heading = name.charAt(1) - '0';
            } else if (BLOCKS.contains(name) || name.equals("br")) {
                flush();
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.toLowerCase(Locale.ROOT);
            if (heading > 0 && name.length() == 2 && name.charAt(0) == 'h') {
                flush();
            } else if (BLOCKS.contains(name)) {
                flush();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (out.length() + block.length() + length > MAX_CHARS) {
                overLimit = true;
                throw new SAXException("more than " + MAX_CHARS + " characters of text");
            }
            block.append(ch, start, length);
        }

        private void flush() {
            String t = block.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
            block.setLength(0);
            if (!t.isEmpty()) {
                out.append(heading > 0 ? "#".repeat(heading) + " " : "").append(t).append("\n\n");
            }
            heading = 0;
        }

        String text() {
            flush();
            return out.toString();
        }
    }
}
