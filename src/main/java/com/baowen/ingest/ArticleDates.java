package com.baowen.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates: ISO {@code YYYY-MM-DD} from a corpus field, from a file or folder name, or as printed
 * ({@code 2024年1月5日}); stateless and thread-safe.
 *
 * <p>The rule for {@code .txt} and {@code .md} pages: a {@code <name>.meta.json} sidecar's {@code "date"}
 * wins; else the first {@code YYYY-MM-DD}, {@code YYYY_MM_DD} or {@code YYYYMMDD} in the file name; else
 * in the folder names, innermost first; else a {@code YYYY/MM/DD} (or {@code YYYY/MMDD}) folder path. A
 * match that is not a real calendar day (20241341) is no date.
 */
public final class ArticleDates {
    private static final Pattern IN_NAME = Pattern.compile("(?<!\\d)(\\d{4})[-_]?(\\d{2})[-_]?(\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?");
    private static final Pattern PRINTED = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日.*");
    private static final Pattern FOLDERS = Pattern.compile("(?:^|.*/)(\\d{4})/(\\d{2})/?(\\d{2})(?:/|$).*");

    private ArticleDates() {
    }

    /**
     * A date field as given by a corpus: {@code YYYY-MM-DD}, optionally followed by a time
     * ({@code 2024-01-05T19:00}, {@code 2024-01-05 19:00:00}).
     *
     * @return the ISO date, or {@code null} when {@code value} is none
     */
    public static String iso(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO.matcher(value.strip());
        return m.matches() ? day(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The date of a file by its path under the corpus folder ("2024/01/05/page.txt", "jzrb-20240105.txt"), or {@code null}. */
    public static String fromPath(String relativePath) {
        String[] parts = relativePath.replace('\\', '/').split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            Matcher m = IN_NAME.matcher(parts[i]);
            while (m.find()) {
                String d = day(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        Matcher f = FOLDERS.matcher(relativePath.replace('\\', '/'));
        return f.matches() ? day(f.group(1), f.group(2), f.group(3)) : null;
    }

    /**
     * The day a stored date stands for, for filtering and sorting: ISO or printed ({@code 1950年1月6日}).
     *
     * @return days since 1970-01-01, or {@code null} when {@code date} names no day
     */
    public static Long epochDay(String date) {
        if (date == null) {
            return null;
        }
        String iso = iso(date);
        if (iso == null) {
            Matcher m = PRINTED.matcher(date.strip());
            iso = m.matches() ? day(m.group(1), m.group(2), m.group(3)) : null;
        }
        return iso == null ? null : LocalDate.parse(iso).toEpochDay();
    }

    private static String day(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
