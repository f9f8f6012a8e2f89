package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class MatchKeyTest {
    @Test
    void singularAndDefinitePluralShareAKey() {
        assertEquals(MatchKey.of("اشتباك"), MatchKey.of("الاشتباكات"));
        assertEquals("اشتباك", MatchKey.of("والاشتباكات"));
        assertEquals("اشتباك", MatchKey.of("بالاشتباكات"));
    }

    @Test
    void spellingVariantsMeet() {
        assertEquals(MatchKey.of("المدينة"), MatchKey.of("مدينه"));
        assertEquals(MatchKey.of("إطلاق"), MatchKey.of("اطلاق"));
        assertEquals(MatchKey.of("مُسَلَّحُونَ"), MatchKey.of("المسلحين"));
        assertEquals(MatchKey.of("مستشفى"), MatchKey.of("المستشفي"));
        assertEquals(MatchKey.of("الـجيش"), MatchKey.of("جيش"));
    }

    @Test
    void lightStemmerLimits() {
        assertNotEquals(MatchKey.of("قتيل"), MatchKey.of("قتلى")); // broken plurals do not meet
        assertEquals("زير", MatchKey.of("وزير")); // a root و is taken for the conjunction
        assertEquals("reuters", MatchKey.of("Reuters"));
    }
}
