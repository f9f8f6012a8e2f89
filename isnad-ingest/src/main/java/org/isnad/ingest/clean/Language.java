package org.isnad.ingest.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.isnad.arabic.ArabicScript;

/**
 * The language of an article as an ISO 639-1 code. {@code ar} when at least {@value #MIN_ARABIC_SHARE}
 * of the letters are Arabic: Isnad reads Arabic news, and a page of Arabic prose with English names or
 * a Latin menu left in is still Arabic. Any other text goes to Apache OpenNLP's language detector
 * (the 103-language {@code langdetect-183} model, loaded once, on first need); {@code und} when the
 * text has no letters or the detector's language has no two-letter code.
 */
final class Language {
    static final double MIN_ARABIC_SHARE = 0.2;
    private static final String MODEL = "/langdetect-183.bin";

    private Language() {
    }

    /** The detector and an ISO 639-3 → 639-1 table, built on first use (the model is 10 MB). */
    private static final class Detector {
        static final LanguageDetectorME ME = load();
        static final Map<String, String> TWO_LETTER = twoLetterCodes();

        private static LanguageDetectorME load() {
            try (InputStream in = Language.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP language model " + MODEL + " missing from the classpath");
                }
                return new LanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenNLP language model " + MODEL, e);
            }
        }

        private static Map<String, String> twoLetterCodes() {
            Map<String, String> codes = new HashMap<>();
            for (String two : Locale.getISOLanguages()) {
                codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
            }
            codes.put("pes", "fa"); // the model's Persian is the ISO 639-3 individual code
            codes.put("zho", "zh");
            return codes;
        }
    }

    static String guess(String text) {
        if (text.chars().noneMatch(Character::isLetter)) {
            return "und";
        }
        if (ArabicScript.letterShare(text) >= MIN_ARABIC_SHARE) {
            return "ar";
        }
        String iso3;
        synchronized (Detector.ME) { // OpenNLP's detectors are not documented thread-safe; articles are cleaned in parallel
            iso3 = Detector.ME.predictLanguage(text).getLang();
        }
        return Detector.TWO_LETTER.getOrDefault(iso3, "und");
    }
}
