package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;

/**
 * Coverage-guided fuzz tests of the Arabic text layer: the offset map of normalization, tokens,
 * sentences, dates and numbers, each checked against the contract its Javadoc states. In a normal
 * build only the inputs under {@code ArabicTextFuzzTestInputs/<method>/} run; see docs/fuzzing.md.
 */
class ArabicTextFuzzTest {
    private static final LocalDate ANCHOR = LocalDate.of(2024, 3, 7);

    @FuzzTest(maxDuration = "30s")
    void normalize(byte[] data) {
        String text = FuzzText.of(data);
        NormalizedText nt = ArabicNormalizer.normalize(text);
        int[] offsets = nt.offsets();
        String folded = nt.normalized();
        assertEquals(folded.length(), offsets.length);
        for (int i = 0; i < offsets.length; i++) {
            assertTrue(offsets[i] >= 0 && offsets[i] < text.length(), "offset out of bounds at " + i);
            assertTrue(i == 0 || offsets[i - 1] < offsets[i], "offsets not increasing at " + i);
        }
        assertEquals(text.length(), nt.toOriginal(folded.length()));
        assertEquals(ArabicNormalizer.fold(text), folded);
        for (int start = 0; start <= folded.length(); start++) {
            for (int end : new int[] {start, Math.min(folded.length(), start + 1), Math.min(folded.length(), start + 7)}) {
                Span span = nt.toOriginalSpan(start, end);
                assertTrue(span.end() <= text.length(), "span beyond text: " + span);
                // the original text of a folded range folds back to that range (a surrogate pair kept whole)
                String back = ArabicNormalizer.fold(span.of(text));
                String range = folded.substring(start, end);
                assertTrue(back.equals(range) || end < folded.length() && Character.isLowSurrogate(folded.charAt(end))
                        && back.equals(range + folded.charAt(end)), "round trip of [" + start + ", " + end + ")");
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void tokenize(byte[] data) {
        String text = FuzzText.of(data);
        List<Token> tokens = new ArabicTokenizer().tokenize(text);
        int previousEnd = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= previousEnd, "token " + t + " overlaps or precedes the one before");
            assertTrue(t.end() > t.start() && t.end() <= text.length(), "token " + t + " empty or out of bounds");
            assertEquals(text.substring(t.start(), t.end()), t.text());
            previousEnd = t.end();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void splitSentences(byte[] data) {
        String text = FuzzText.of(data);
        List<Span> sentences = new SentenceSplitter().split(text);
        int previousEnd = 0;
        for (Span s : sentences) {
            assertTrue(s.start() >= previousEnd, "sentence " + s + " overlaps or precedes the one before");
            assertTrue(s.end() > s.start() && s.end() <= text.length(), "sentence " + s + " empty or out of bounds");
            assertFalse(s.of(text).isBlank(), "blank sentence " + s);
            previousEnd = s.end();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void findDates(byte[] data) {
        String text = FuzzText.of(data);
        for (DateMention d : ArabicDates.find(text)) {
            assertInBounds(d.span(), text);
        }
        for (DateMention d : ArabicDates.findRelative(text, ANCHOR)) {
            assertInBounds(d.span(), text);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void findNumbers(byte[] data) {
        String text = FuzzText.of(data);
        for (NumberMention n : NumberWords.find(text)) {
            assertInBounds(n.span(), text);
        }
        NumberWords.parse(text);
    }

    private static void assertInBounds(Span span, String text) {
        assertTrue(span.end() <= text.length() && span.start() < span.end(), "span " + span + " in " + text.length());
    }
}
