package org.isnad.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.isnad.core.stage.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {
    static final String ARABIC = "قالت مصادر محلية إن قوات الأمن اعتقلت عدداً من المسلحين في ريف المدينة بعد اشتباكات "
            + "استمرت ساعات، وأكدت وزارة الداخلية أن الحملة مستمرة حتى إعادة الهدوء إلى المنطقة.\n"
            + "وأضافت المصادر أن الطرق الرئيسية أغلقت أمام حركة السير طوال فترة العملية.";

    private final TextDecoder decoder = new TextDecoder();

    @ParameterizedTest
    @ValueSource(strings = {"windows-1256", "ISO-8859-6"})
    void legacyArabicCharsetsAreDetected(String charset) throws BadInputException {
        byte[] bytes = ARABIC.getBytes(Charset.forName(charset));

        assertEquals(ARABIC, decoder.decode(bytes, false));
    }

    @Test
    void byteOrderMarksDecide() throws BadInputException {
        assertEquals(ARABIC, decoder.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ARABIC.getBytes(StandardCharsets.UTF_16LE)), false));
        assertEquals(ARABIC, decoder.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                ARABIC.getBytes(StandardCharsets.UTF_16BE)), false));
        assertEquals(ARABIC, decoder.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ARABIC.getBytes(StandardCharsets.UTF_8)), false));
    }

    @Test
    void utf8IsReadAsIs() throws BadInputException {
        assertEquals(ARABIC, decoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), false));
    }

    @Test
    void randomHighBytesAreNeitherUtf8NorArabic() {
        byte[] bytes = new byte[600];
        Random random = new Random(7);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + random.nextInt(0x40));
        }
        assertReason("invalid UTF-8 and no legacy Arabic encoding detected", bytes);
    }

    @Test
    void latinOneTextIsNotTakenForArabic() {
        byte[] bytes = "Le café était déjà fermé à côté de la gare, où les élèves attendaient."
                .getBytes(StandardCharsets.ISO_8859_1);
        assertReason("invalid UTF-8 and no legacy Arabic encoding detected", bytes);
    }

    @Test
    void binaryAndEmptyInputsAreNamed() {
        assertReason("binary content, not text", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0,
            0x0D, 'I', 'H', 'D', 'R'});
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }
        assertReason("binary content, not text", controls);
        assertReason("empty file", new byte[0]);
    }

    @Test
    void brokenUtf16AfterItsMarkIsReported() {
        assertReason("invalid UTF-16LE after its byte order mark", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x3D, (byte) 0xD8});
    }

    private void assertReason(String reason, byte[] bytes) {
        BadInputException e = assertThrows(BadInputException.class, () -> decoder.decode(bytes, false));
        assertEquals(reason, e.getMessage());
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        return bytes;
    }
}
