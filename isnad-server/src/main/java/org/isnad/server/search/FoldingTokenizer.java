package org.isnad.server.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.arabic.NormalizedText;
import org.isnad.core.model.Span;

/**
 * Splits text into words of letters and digits, emitting each word <em>folded</em> by Isnad's
 * {@link ArabicNormalizer} (hamza alefs, yeh/alef maksura, teh marbuta, diacritics, tatweel,
 * bidi marks, Arabic-Indic digits) with offsets into the <em>original</em> text.
 *
 * <p>Written by hand rather than as a Lucene CharFilter in front of a standard tokenizer: a
 * CharFilter's offset correction only tracks cumulative length changes, whereas
 * {@link NormalizedText} maps every folded char back to its exact original position, so a word
 * with diacritics or tatweel inside is highlighted over exactly the characters as written.
 * The whole field value is read at once (articles are at most a few hundred kB).
 */
public final class FoldingTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private NormalizedText text;
    private int pos;
    private int finalOffset;

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = input.read(buf)) != -1) {
            sb.append(buf, 0, n);
        }
        text = ArabicNormalizer.normalize(sb.toString());
        pos = 0;
        finalOffset = correctOffset(sb.length());
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        String folded = text.normalized();
        int n = folded.length();
        while (pos < n && !isWordChar(folded, pos)) {
            pos++;
        }
        if (pos >= n) {
            return false;
        }
        int start = pos;
        while (pos < n && isWordChar(folded, pos)) {
            pos++;
        }
        term.setEmpty().append(folded, start, pos);
        Span original = text.toOriginalSpan(start, pos);
        offset.setOffset(correctOffset(original.start()), correctOffset(original.end()));
        posInc.setPositionIncrement(1);
        return true;
    }

    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || Character.isSurrogate(c) && Character.isLetterOrDigit(s.codePointAt(Character.isHighSurrogate(c) ? i : Math.max(0, i - 1)));
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        text = null;
    }
}
