package org.isnad.ner;

/** 64-bit hashing of (template, value) feature strings without building the strings. */
final class FeatureHash {
    private FeatureHash() {
    }

    static long start(int template) {
        return 0xCBF29CE484222325L ^ (template * 0x9E3779B97F4A7C15L);
    }

    static long add(long h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return (h ^ 0x1F) * 0x100000001B3L;
    }

    static long add(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return (h ^ 0x1F) * 0x100000001B3L;
    }

    static long add(long h, int v) {
        return (h ^ (v + 0x7F4A7C15L)) * 0x100000001B3L;
    }

    /** Final avalanche; never returns 0 (the empty key of {@link LongIntMap}). */
    static long done(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
