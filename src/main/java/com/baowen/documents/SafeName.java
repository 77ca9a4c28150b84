package com.baowen.documents;

import com.baowen.ingest.CorpusReader;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks the file names uploads ask for: one plain name, stored at the top of the corpus folder; stateless. */
public final class SafeName {
    /** The longest name kept, in characters. */
    public static final int MAX_CHARS = 160;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}/\\\\:*?\"<>|]");
    /** The extension a file of a detected type is given when its name has none the corpus scan picks up. */
    private static final Map<String, String> EXTENSION_OF_TYPE = Map.of(
            "application/pdf", ".pdf",
            "text/html", ".html",
            "application/xhtml+xml", ".xhtml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
            "application/vnd.oasis.opendocument.text", ".odt",
            "application/rtf", ".rtf",
            "application/epub+zip", ".epub",
            "text/plain", ".txt");

    private SafeName() {
    }

    /**
     * The name a file is stored under.
     *
     * @param requested the name the client gave, e.g. "晋中日报 2024-01-18.pdf"
     * @throws IllegalArgumentException naming the problem: a path ("../x.pdf", "a/b.pdf"), a hidden or empty
     *                                  name, characters file systems refuse, or a name over {@link #MAX_CHARS}
     */
    public static String check(String requested) {
        if (requested == null || requested.isBlank()) {
            throw new IllegalArgumentException("the file has no name");
        }
        String name = Normalizer.normalize(requested.strip(), Normalizer.Form.NFC);
        if (name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
            throw new IllegalArgumentException("file name '" + requested + "' is a path; send a plain file name");
        }
        if (name.startsWith(".")) {
            throw new IllegalArgumentException("file name '" + requested + "' is hidden (starts with '.')");
        }
        if (FORBIDDEN.matcher(name).find()) {
            throw new IllegalArgumentException("file name '" + requested + "' has a character file systems refuse (control, : * ? \" < > |)");
        }
        if (name.length() > MAX_CHARS) {
            throw new IllegalArgumentException("file name has " + name.length() + " characters, over the limit of " + MAX_CHARS);
        }
        return name;
    }

    /** The name with an extension the corpus scan reads, added from the detected type when it has none. */
    static String withExtension(String name, String mediaType) {
        if (CorpusReader.isCorpusName(name)) {
            return name;
        }
        String ext = EXTENSION_OF_TYPE.get(mediaType);
        return ext == null ? name : name + ext;
    }

    static boolean sameName(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
