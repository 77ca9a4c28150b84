package com.baowen.ingest;

import java.util.List;

/**
 * Reads the articles out of one file of a content type other than plain text (PDF, HTML, office files);
 * implementations are thread-safe. {@link FormatReaders} picks one by the type detected from the bytes.
 */
@FunctionalInterface
public interface FormatReader {
    /**
     * @param stem     file stem for article ids ({@code <stem>-01}, …), already URL-safe
     * @param source   the corpus file name stored in each article
     * @param bytes    the whole file (already checked against the size limit)
     * @param warnings receives problems that did not stop the file
     * @return the articles in reading order; empty when the file holds none
     * @throws UnreadableFileException with the reason when the file cannot be read (encrypted, malformed,
     *                                 over a limit, no text layer…); nothing else is thrown for bad content
     */
    List<Article> read(String stem, String source, byte[] bytes, List<String> warnings);
}
