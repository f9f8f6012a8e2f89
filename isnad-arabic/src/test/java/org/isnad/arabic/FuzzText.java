package org.isnad.arabic;

import java.nio.charset.StandardCharsets;

/**
 * Fuzz bytes as a Java string. Normally UTF-8 (seed files stay readable Arabic); input starting
 * with a NUL byte is read as raw UTF-16 code units instead, so that the fuzzer can also produce lone
 * surrogates, which no UTF-8 decoding ever yields.
 */
final class FuzzText {
    private FuzzText() {
    }

    static String of(byte[] data) {
        if (data.length == 0 || data[0] != 0) {
            return new String(data, StandardCharsets.UTF_8);
        }
        char[] chars = new char[(data.length - 1) / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((data[1 + 2 * i] & 0xFF) << 8 | data[2 + 2 * i] & 0xFF);
        }
        return new String(chars);
    }
}
