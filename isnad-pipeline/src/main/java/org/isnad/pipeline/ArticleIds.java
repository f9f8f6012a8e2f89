package org.isnad.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.isnad.arabic.ArabicNormalizer;

/**
 * Article ids derived from content: a hash of the folded text, so the same article read twice (or
 * from two files, or with different diacritics) gets the same id and is analysed once.
 */
final class ArticleIds {
    private ArticleIds() {
    }

    static String of(String text) {
        String key = ArabicNormalizer.fold(text).replaceAll("\\s+", " ").strip();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "a" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
