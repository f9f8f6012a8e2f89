package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Span-level gazetteer view: longest match, position codes, and matches that need clitic stripping. */
class GazetteerSpansTest {
    private static final Gazetteer GAZ = new Gazetteer(Map.of(
        Gazetteer.foldPhrase("الولايات المتحدة"), Gazetteer.LOC,
        Gazetteer.foldPhrase("الولايات"), Gazetteer.LOC,
        Gazetteer.foldPhrase("الأمم المتحدة للطفولة"), Gazetteer.ORG,
        Gazetteer.foldPhrase("عمرو"), Gazetteer.PERS), List.of());

    private static int[] spans(String sentence) {
        String[] tokens = sentence.split(" ");
        String[] f = new String[tokens.length];
        String[] s = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            f[i] = ArabicText.fold(tokens[i]);
            s[i] = ArabicText.stripClitics(f[i]);
        }
        return GAZ.spans(f, s);
    }

    @Test
    void longestMatchGivesTypePositionAndLength() {
        int[] sp = spans("زار الولايات المتحدة أمس");
        assertEquals(0, sp[0]);
        assertEquals(Gazetteer.LOC | 2 << 4 | 2 << 8, sp[1]);
        assertEquals(Gazetteer.LOC | 4 << 4 | 2 << 8, sp[2]);
        assertEquals(0, sp[3]);
    }

    @Test
    void matchMayStartWithCliticStrippedToken() {
        // وعمرو: و + عمرو, a single-token person match found only after stripping
        int[] sp = spans("قال وعمرو إن منظمة الأمم المتحدة للطفولة");
        assertEquals(Gazetteer.PERS | 1 << 4 | 1 << 8 | 1 << 12, sp[1]);
        assertEquals(0, sp[2]);
        assertEquals(Gazetteer.ORG | 2 << 4 | 3 << 8, sp[4]);
        assertEquals(Gazetteer.ORG | 3 << 4 | 3 << 8, sp[5]);
        assertEquals(Gazetteer.ORG | 4 << 4 | 3 << 8, sp[6]);
    }

    @Test
    void featureConfigBitsRoundTrip() {
        FeatureConfig c = FeatureConfig.ALL.withExtras(true, false, true);
        assertEquals(c, FeatureConfig.ofBits(c.bits()));
        assertEquals(FeatureConfig.ALL, FeatureConfig.ofBits(FeatureConfig.ALL.bits()));
    }
}
