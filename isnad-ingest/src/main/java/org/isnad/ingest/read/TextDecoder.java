package org.isnad.ingest.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.isnad.arabic.ArabicScript;
import org.isnad.core.stage.BadInputException;

/**
 * Turns the bytes of a file into text, or says in plain words why it cannot.
 *
 * <ol>
 *   <li>a byte order mark decides: UTF-8, UTF-16LE or UTF-16BE;</li>
 *   <li>many NUL or control bytes mean binary content, not text;</li>
 *   <li>otherwise strict UTF-8;</li>
 *   <li>otherwise ICU's {@link CharsetDetector}, whose answer is accepted only when it is a legacy Arabic
 *       charset (windows-1256, ISO-8859-6) with confidence at least {@value #MIN_CONFIDENCE} and the decoded
 *       text is mostly Arabic letters;</li>
 *   <li>otherwise UTF-8 with the few malformed bytes replaced by U+FFFD, when they are at most
 *       0.5 % of the text (or up to {@value #MAX_REPAIRED} in a text at least twenty times longer) (one stray 0xFF byte must not lose an article).</li>
 * </ol>
 * A few NUL and other control characters in text are replaced by U+FFFD (one character for one, so
 * offsets keep their meaning); each repair comes back as a note for the user.
 *
 * <p>Limits: UTF-16 without a byte order mark is reported as binary; very short legacy-encoded files
 * (a few words) give ICU too little to go on and are rejected.
 */
public final class TextDecoder {
    /** ICU confidence (0..100) below which a legacy Arabic guess is not trusted. */
    static final int MIN_CONFIDENCE = 20;
    /** Share of control bytes (other than tab, newlines, form feed, escape) above which input is binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Share of Arabic letters among letters that a legacy decoding must reach. */
    private static final double MIN_ARABIC_SHARE = 0.6;
    /** Share of NUL bytes above which input is binary (a stray NUL in text is repaired instead). */
    private static final double MAX_NUL_SHARE = 0.001;
    /** Malformed UTF-8 sequences always repaired (more are repaired up to 0.5 % of the text). */
    static final int MAX_REPAIRED = 8;
    private static final char REPLACEMENT = '\uFFFD';
    private static final Set<String> LEGACY_ARABIC = Set.of("windows-1256", "ISO-8859-6");

    /**
     * Decodes {@code bytes}.
     *
     * @param html whether the bytes are HTML, so that ICU looks past markup when guessing a charset
     * @throws BadInputException with the reason, e.g. {@code binary content, not text}
     */
    public String decode(byte[] bytes, boolean html) throws BadInputException {
        return decodeWithNote(bytes, html).text();
    }

    /** Decoded text and, when bytes or characters had to be replaced, a note saying so (else null). */
    public record Decoded(String text, String note) {
    }

    /** Like {@link #decode}, and says what was repaired. */
    public Decoded decodeWithNote(byte[] bytes, boolean html) throws BadInputException {
        Decoded raw = decodeRaw(bytes, html);
        StringBuilder sb = null;
        int controls = 0;
        String text = raw.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, REPLACEMENT);
                controls++;
            }
        }
        if (sb == null) {
            return raw;
        }
        String note = controls + " control character" + (controls == 1 ? "" : "s") + " (NUL and the like) replaced with U+FFFD";
        return new Decoded(sb.toString(), raw.note() == null ? note : raw.note() + "; " + note);
    }

    private Decoded decodeRaw(byte[] bytes, boolean html) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "invalid UTF-8 after a UTF-8 byte order mark"), null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "invalid UTF-16LE after its byte order mark"), null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "invalid UTF-16BE after its byte order mark"), null);
        }
        if (looksBinary(bytes)) {
            throw new BadInputException("binary content, not text");
        }
        try {
            return new Decoded(decodeStrictly(bytes, 0, StandardCharsets.UTF_8), null);
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(legacyArabic(bytes, html), null);
            } catch (BadInputException notLegacy) {
                return repairedUtf8(bytes, notLegacy);
            }
        }
    }

    /** UTF-8 with its few malformed sequences replaced, or the legacy decoder's refusal when there are many. */
    private static Decoded repairedUtf8(byte[] bytes, BadInputException refusal) throws BadInputException {
        // String's constructor replaces each malformed sequence with U+FFFD and never throws
        String text = new String(bytes, StandardCharsets.UTF_8);
        int repaired = (int) text.chars().filter(c -> c == REPLACEMENT).count()
                - countReplacementsInBytes(bytes);
        boolean few = repaired * 200 <= text.length() || repaired <= MAX_REPAIRED && repaired * 20 <= text.length();
        if (repaired <= 0 || !few) {
            throw refusal;
        }
        return new Decoded(text, repaired + " invalid UTF-8 byte sequence" + (repaired == 1 ? "" : "s") + " replaced with U+FFFD");
    }

    /** U+FFFD already written as UTF-8 in the input (EF BF BD), so it is not counted as a repair. */
    private static int countReplacementsInBytes(byte[] b) {
        int n = 0;
        for (int i = 0; i + 2 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) == 0xBD) {
                n++;
            }
        }
        return n;
    }

    private static String legacyArabic(byte[] bytes, boolean html) throws BadInputException {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break; // matches come best first
            }
            if (LEGACY_ARABIC.contains(match.getName())) {
                try {
                    String text = decodeStrictly(bytes, 0, Charset.forName(match.getName()));
                    if (mostlyArabic(text)) {
                        return text;
                    }
                } catch (CharacterCodingException unmappable) {
                    // bytes the charset does not define: not this charset
                }
            }
        }
        throw new BadInputException("invalid UTF-8 and no legacy Arabic encoding detected");
    }

    private static boolean mostlyArabic(String text) {
        return ArabicScript.letterShare(text) >= MIN_ARABIC_SHARE;
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        int nul = 0;
        for (byte b : bytes) {
            if (b == 0) {
                nul++;
                control++;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
                control++;
            }
        }
        return nul > Math.max(1, MAX_NUL_SHARE * bytes.length) || control > MAX_CONTROL_SHARE * bytes.length;
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String reason) throws BadInputException {
        try {
            return decodeStrictly(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new BadInputException(reason);
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
