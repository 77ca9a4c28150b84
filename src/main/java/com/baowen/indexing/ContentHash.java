package com.baowen.indexing;

import com.baowen.ingest.Article;
import com.baowen.ingest.Provenance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of everything about an article that the index stores: when it is unchanged, the article is not
 * chunked, embedded or written again. Stateless.
 */
public final class ContentHash {
    private ContentHash() {
    }

    /** Hex SHA-256 over the article's fields, text, source offsets and provenance. */
    public static String of(Article a) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        Provenance p = a.provenance();
        for (String s : new String[] {a.id(), a.title(), a.subtitle(), a.byline(), a.kind().name(), a.source(),
                a.date(), p.origin(), p.url(), p.paper(), p.edition(), p.page(), a.text()}) {
            d.update(s == null ? new byte[] {0} : (s + "\u0001").getBytes(StandardCharsets.UTF_8));
        }
        byte[] offsets = new byte[4 * a.sourceMap().length()];
        for (int i = 0; i < a.sourceMap().length(); i++) {
            int o = a.sourceMap().sourceOffset(i);
            offsets[4 * i] = (byte) (o >>> 24);
            offsets[4 * i + 1] = (byte) (o >>> 16);
            offsets[4 * i + 2] = (byte) (o >>> 8);
            offsets[4 * i + 3] = (byte) o;
        }
        d.update(offsets);
        return HexFormat.of().formatHex(d.digest());
    }
}
