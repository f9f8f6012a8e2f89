package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicScriptTest {
    @Test
    void shareCountsLettersOnly() {
        assertEquals(1.0, ArabicScript.letterShare("قال 12، «نعم»!"));
        assertEquals(0.5, ArabicScript.letterShare("نعم yes"), 1e-9);
        assertEquals(0.0, ArabicScript.letterShare("2025 ..."));
        assertEquals(0.0, ArabicScript.letterShare("hello"));
    }
}
