package org.isnad.server.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeocoderTest {
    final Geocoder g = Geocoder.standard();

    @Test
    void aCityHasItsCoordinatesCountryAndRegion() {
        Geocoder.Place homs = g.find("حمص").orElseThrow();
        assertEquals("SY", homs.country());
        assertEquals(Geocoder.Place.Kind.CITY, homs.kind());
        assertEquals(34.7268, homs.lat(), 1e-4);
        assertEquals(36.7234, homs.lon(), 1e-4);
        assertEquals("Homs Governorate", g.byId(homs.admin1()).orElseThrow().english());
        assertEquals("Syria", g.byId("SY").orElseThrow().english());
    }

    @Test
    void spellingsMeetAndACountryWinsOverItsCapitalsName() {
        assertEquals(g.find("العراق"), g.find("عراق"));
        assertEquals(Geocoder.Place.Kind.COUNTRY, g.find("العراق").orElseThrow().kind());
        assertEquals("DZ", g.find("الجزائر").orElseThrow().id());
        assertEquals(g.find("حمص"), g.find(List.of("بلدة لا وجود لها", "حمص")));
        assertTrue(g.find("تل السنابل").isEmpty());
        assertTrue(g.find(" ").isEmpty());
    }
}
