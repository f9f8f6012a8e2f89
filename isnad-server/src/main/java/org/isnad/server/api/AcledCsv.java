package org.isnad.server.api;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.isnad.core.model.Article;
import org.isnad.core.model.Count;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.EventType;
import org.isnad.core.model.SourceSpan;
import org.isnad.server.geo.Geocoder;

/**
 * The events of a story dossier as CSV, one row per event, in ACLED's column names and
 * conventions: {@code event_date} as YYYY-MM-DD with {@code time_precision} 1 (day), 2 (from
 * the article's date) or 3 (month or coarser), ACLED's event and sub-event types, actors by name
 * ({@code assoc_actor_*} for the second and further), {@code fatalities} the reported killed,
 * {@code notes} the first report's words. Isnad's own type, story and mention count follow in
 * {@code isnad_*} columns. The place (its name or an alias) is looked up in the {@link Geocoder} (GeoNames
 * ids of the Arabic gazetteer): {@code country} and {@code admin1} as GeoNames' English names,
 * {@code latitude}/{@code longitude}, {@code geo_precision} 1 for a town, 3 for a region or country
 * (ACLED's codes); admin2/admin3 and unknown places stay empty.
 *
 * <p>Every cell is {@linkplain #cell neutralised} against CSV (formula) injection: actor names,
 * outlets and notes come from article text anyone can post, and a spreadsheet opening the file
 * would otherwise run a cell such as {@code =HYPERLINK("http://...","...")}.
 */
final class AcledCsv {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
            "civilian_targeting", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
            "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
            "isnad_event_type", "isnad_story", "isnad_mentions");

    private AcledCsv() {
    }

    static String write(Dossier d) {
        Map<String, Entity> entities = d.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        Map<String, Article> articles = d.articles().stream().map(Dossier.StoriedArticle::article)
                .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Event e : d.events()) {
                csv.printRecord(row(e, entities, articles).stream().map(AcledCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
        return out.toString();
    }

    private static List<String> row(Event e, Map<String, Entity> entities, Map<String, Article> articles) {
        String[] type = acledType(e.type());
        DateValue date = e.date();
        String precision = "";
        if (date != null) {
            precision = date.precision() == DateValue.Precision.DAY ? "1" : "3";
        } else {
            date = e.mentions().stream().map(m -> articles.get(m.article())).filter(a -> a != null && a.published() != null)
                    .map(Article::published).findFirst().orElse(null);
            precision = date == null ? "" : "2";
        }
        String day = date == null ? "" : firstDay(date.value());
        List<String> actors = names(e.actors(), entities);
        List<String> targets = names(e.targets(), entities);
        long killed = e.counts().stream().filter(c -> c.kind() == Count.Kind.KILLED).mapToLong(Count::value).max().orElse(0);
        Set<String> outlets = new LinkedHashSet<>();
        for (SourceSpan m : e.mentions()) {
            Article a = articles.get(m.article());
            if (a != null) {
                outlets.add(a.outlet() != null ? a.outlet() : a.source());
            }
        }
        String tags = e.counts().stream().map(c -> c.kind().name().toLowerCase(java.util.Locale.ROOT) + "=" + c.value()
                + (c.approximate() ? "~" : "")).collect(Collectors.joining("; "));
        List<String> row = new ArrayList<>();
        row.add(e.id());
        row.add(day);
        row.add(day.length() >= 4 ? day.substring(0, 4) : "");
        row.add(precision);
        row.add(type[0]);
        row.add(type[1]);
        row.add(type[2]);
        row.add(actors.isEmpty() ? "" : actors.get(0));
        row.add(String.join("; ", actors.subList(Math.min(1, actors.size()), actors.size())));
        row.add(targets.isEmpty() ? "" : targets.get(0));
        row.add(String.join("; ", targets.subList(Math.min(1, targets.size()), targets.size())));
        row.add(type[1].equals("Attack") || type[1].startsWith("Abduction") ? "Civilian targeting" : "");
        Entity place = e.location() == null ? null : entities.get(e.location());
        Geocoder.Place geo = place == null ? null : place(place).orElse(null);
        row.add(geo == null ? "" : englishName(geo.country()));
        row.add(geo == null ? "" : englishName(geo.admin1()));
        row.add("");
        row.add("");
        row.add(place == null ? "" : place.name());
        row.add(geo == null ? "" : Double.toString(geo.lat()));
        row.add(geo == null ? "" : Double.toString(geo.lon()));
        row.add(geo == null ? "" : geo.kind() == Geocoder.Place.Kind.CITY ? "1" : "3");
        row.add(String.join("; ", outlets));
        row.add("");
        row.add(e.mentions().get(0).text());
        row.add(Long.toString(killed));
        row.add(tags);
        row.add(Long.toString(java.time.Instant.now().getEpochSecond()));
        row.add(e.type().name());
        row.add(e.story() == null ? "" : e.story());
        row.add(Integer.toString(e.mentions().size()));
        return row;
    }

    /** The place of a location entity: its name, else the first of its aliases the gazetteer knows. */
    static java.util.Optional<Geocoder.Place> place(Entity location) {
        List<String> names = new ArrayList<>();
        names.add(location.name());
        names.addAll(location.aliases());
        return Geocoder.standard().find(names);
    }

    private static String englishName(String geonamesId) {
        return geonamesId.isEmpty() ? "" : Geocoder.standard().byId(geonamesId).map(Geocoder.Place::english).orElse("");
    }

    /**
     * A cell a spreadsheet shows as text: one that starts with {@code = + - @}, a tab or a carriage
     * return (what spreadsheets read as a formula) gets a leading single quote, as OWASP's CSV
     * injection guidance recommends. The quoting of commas and quotes is the CSV printer's.
     */
    static String cell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static List<String> names(List<String> ids, Map<String, Entity> entities) {
        return ids.stream().map(id -> entities.containsKey(id) ? entities.get(id).name() : id).toList();
    }

    /** The first day of an ISO date, month, year or interval ({@code 2025-08/2025-10} gives 2025-08-01). */
    static String firstDay(String iso) {
        String v = iso.split("/", 2)[0];
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return v.substring(0, 10);
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return v + "-01";
        }
        if (v.matches("\\d{4}")) {
            return v + "-01-01";
        }
        return "";
    }

    /** ACLED disorder type, event type and sub-event type for an Isnad event type. */
    static String[] acledType(EventType t) {
        return switch (t) {
            case ARMED_CLASH, RAID_OR_SIEGE -> new String[] {"Political violence", "Battles", "Armed clash"};
            case ATTACK, KILLING -> new String[] {"Political violence", "Violence against civilians", "Attack"};
            case ABDUCTION -> new String[] {"Political violence", "Violence against civilians", "Abduction/forced disappearance"};
            case ARREST -> new String[] {"Strategic developments", "Strategic developments", "Arrests"};
            case AGREEMENT -> new String[] {"Strategic developments", "Strategic developments", "Agreement"};
            case HANDOVER -> new String[] {"Strategic developments", "Strategic developments", "Non-violent transfer of territory"};
            case PROTEST -> new String[] {"Demonstrations", "Protests", "Peaceful protest"};
            default -> new String[] {"Strategic developments", "Strategic developments", "Other"};
        };
    }
}
