package org.isnad.ner;

import java.util.Arrays;

/**
 * Open-addressing map from 64-bit feature hashes to dense indices. Hand-written so that the hot
 * lookup path does no boxing and the module needs no primitive-collections dependency.
 */
final class LongIntMap {
    private static final long EMPTY = 0L;
    private long[] keys;
    private int[] vals;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        vals = new int[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    private static int slot(long k, int mask) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The value for {@code k}, or -1. Key 0 is reserved and never present. */
    int get(long k) {
        int i = slot(k, mask);
        while (true) {
            long kk = keys[i];
            if (kk == k) {
                return vals[i];
            }
            if (kk == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Puts {@code k → v}; key 0 is mapped to 1 by callers (see {@link FeatureHash}). */
    void put(long k, int v) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(k, mask);
        while (keys[i] != EMPTY && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = k;
        vals[i] = v;
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != EMPTY) {
                put(ok[i], ov[i]);
            }
        }
    }

    /** Keys in index order, for values 0..size-1 forming a dense range. */
    long[] keysByValue() {
        long[] out = new long[size];
        Arrays.fill(out, EMPTY);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                out[vals[i]] = keys[i];
            }
        }
        return out;
    }
}
