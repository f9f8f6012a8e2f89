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
 *   <li>NUL bytes or many control bytes mean binary content, not text;</li>
 *   <li>otherwise strict UTF-8 (malformed input is reported, never replaced);</li>
 *   <li>otherwise ICU's {@link CharsetDetector}, whose answer is accepted only when it is a legacy Arabic
 *       charset (windows-1256, ISO-8859-6) with confidence at least {@value #MIN_CONFIDENCE} and the decoded
 *       text is mostly Arabic letters.</li>
 * </ol>
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
    private static final Set<String> LEGACY_ARABIC = Set.of("windows-1256", "ISO-8859-6");

    /**
     * Decodes {@code bytes}.
     *
     * @param html whether the bytes are HTML, so that ICU looks past markup when guessing a charset
     * @throws BadInputException with the reason, e.g. {@code binary content, not text}
     */
    public String decode(byte[] bytes, boolean html) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "invalid UTF-8 after a UTF-8 byte order mark");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "invalid UTF-16LE after its byte order mark");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "invalid UTF-16BE after its byte order mark");
        }
        if (looksBinary(bytes)) {
            throw new BadInputException("binary content, not text");
        }
        try {
            return decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return legacyArabic(bytes, html);
        }
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
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
                control++;
            }
        }
        return control > MAX_CONTROL_SHARE * bytes.length;
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
