package org.isnad.claims.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void oneDeletionNeedsFourLetters() {
        assertTrue(Names.oneDeletion("سليمان", "سلمان"));
        assertTrue(Names.oneDeletion("دراجي", "دراج"));
        assertFalse(Names.oneDeletion("سمير", "سمر"));
        assertFalse(Names.oneDeletion("سالم", "سالم"));
        assertFalse(Names.oneDeletion("كريم", "كرام"));
    }

    @Test
    void spellingVariantKeepsGivenNames() {
        assertTrue(Names.spellingVariant(List.of("عادل", "سعيدي"), List.of("عادل", "سعدي")));
        assertFalse(Names.spellingVariant(List.of("محمد", "علي"), List.of("محمد", "حسن")));
        assertFalse(Names.spellingVariant(List.of("احمد", "سالم"), List.of("حمد", "سالم")));
        assertFalse(Names.spellingVariant(List.of("عادل", "سعيدي"), List.of("نادر", "سعدي")));
    }

    @Test
    void shortForms() {
        assertTrue(Names.shortFormOf(List.of("شيخلي"), List.of("كمال", "شيخلي")));
        assertFalse(Names.shortFormOf(List.of("ابو"), List.of("ابو", "سليم")));
        assertTrue(Names.shortFormOf(List.of("علي", "حسن"), List.of("علي", "كريم", "حسن")));
        assertFalse(Names.shortFormOf(List.of("علي", "كريم"), List.of("علي", "كريم", "حسن")));
    }

    @Test
    void unitNames() {
        assertTrue(OrgNames.sameUnit(List.of("كتيبه", "رعد"), List.of("فرقه", "رعد")));
        assertTrue(OrgNames.sameUnit(List.of("كتيبه", "جبليه"), List.of("كتيبه", "رعد", "جبليه")));
        assertFalse(OrgNames.sameUnit(List.of("فرقه", "جبليه"), List.of("كتيبه", "رعد", "جبليه")));
        assertFalse(OrgNames.sameUnit(List.of("حكومه", "رصافه"), List.of("رصافه")));
    }
}
