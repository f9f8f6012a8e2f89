package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance on the demo corpus (issues 3 and 4): what an analyst must see in the seed story's dossier.
 * The names below are expectations about this corpus only; no general component knows them.
 */
class SeedDossierTest {
    static JsonNode d;
    static Map<String, String> sourceOf = new HashMap<>();

    @BeforeAll
    static void analyze(@TempDir Path out) throws Exception {
        CommandRun.Result r = CommandRun.run("analyze", AnalyzeCommandTest.SEEDS.toString(), "--out",
                out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        d = new ObjectMapper().readTree(Files.readString(out.resolve("dossier.json")));
        d.get("articles").forEach(a -> sourceOf.put(a.get("id").asText(),
                Path.of(a.get("source").asText()).getFileName().toString().substring(0, 3)));
    }

    static JsonNode entityWithAlias(String type, String alias) {
        for (JsonNode e : d.get("entities")) {
            if (e.get("type").asText().equals(type)) {
                for (JsonNode a : e.get("aliases")) {
                    if (a.asText().equals(alias)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    static Set<String> aliases(JsonNode e) {
        Set<String> s = new HashSet<>();
        e.get("aliases").forEach(a -> s.add(a.asText()));
        return s;
    }

    @Test
    void peopleOrganizationsPlacesAndGroupsAreFound() {
        assertNotNull(entityWithAlias("PERSON", "غسان باكير"), "the internal-security commander");
        assertNotNull(entityWithAlias("PERSON", "عمر أومسين"), "the group's leader");
        assertNotNull(entityWithAlias("ORGANIZATION", "كتيبة الغرباء"), "the battalion");
        assertNotNull(entityWithAlias("ORGANIZATION", "فرانس برس"), "the news agency");
        assertNotNull(entityWithAlias("LOCATION", "حارم"), "the town");
        assertNotNull(entityWithAlias("LOCATION", "إدلب"), "the province");
        assertNotNull(entityWithAlias("GROUP", "الأوزبك"), "a nationality of the foreign fighters");
    }

    @Test
    void theLeaderIsOneEntityUnderAllHisNames() {
        JsonNode leader = entityWithAlias("PERSON", "عمر أومسين");
        assertNotNull(leader);
        assertTrue(aliases(leader).containsAll(Set.of("عمر أومسين", "عمر ديابي", "أومسن")), aliases(leader).toString());
    }

    @Test
    void theCommandersStatementsInTwoOutletsAreHisClaims() {
        String commander = entityWithAlias("PERSON", "غسان باكير").get("id").asText();
        Set<String> outlets = new HashSet<>();
        for (JsonNode c : d.get("claims")) {
            if (commander.equals(c.get("speaker").asText())) {
                outlets.add(c.at("/span/article").asText());
            }
        }
        assertTrue(outlets.size() >= 2, "commander quoted by " + outlets);
    }

    @Test
    void theLeadersDenialIsADeniesClaim() {
        String leader = entityWithAlias("PERSON", "عمر أومسين").get("id").asText();
        boolean denial = false;
        for (JsonNode c : d.get("claims")) {
            denial |= leader.equals(c.get("speaker").asText()) && c.get("stance").asText().equals("DENIES");
        }
        assertTrue(denial);
    }

    @Test
    void eventsAreCodedAcrossOutlets() {
        String town = entityWithAlias("LOCATION", "حارم").get("id").asText();
        boolean arrestOfTwo = false;
        boolean clash = false;
        boolean truceIn002 = false;
        for (JsonNode e : d.get("events")) {
            Set<String> outlets = new HashSet<>();
            e.get("mentions").forEach(m -> outlets.add(m.get("article").asText()));
            String type = e.get("type").asText();
            for (JsonNode c : e.get("counts")) {
                arrestOfTwo |= type.equals("ARREST") && c.get("kind").asText().equals("ARRESTED") && c.get("value").asInt() == 2;
            }
            clash |= type.equals("ARMED_CLASH") && outlets.size() >= 3 && town.equals(e.get("location").asText());
            truceIn002 |= type.equals("AGREEMENT") && outlets.stream().anyMatch(a -> sourceOf.get(a).equals("002"));
        }
        assertTrue(arrestOfTwo, "ARREST with ARRESTED = 2");
        assertTrue(clash, "one ARMED_CLASH in the town told by three outlets or more");
        assertTrue(truceIn002, "the ceasefire of seed 002 as an AGREEMENT");
    }

    @Test
    void timelineHoldsThePublicationDayAndTheNightBefore() {
        Set<String> dates = new HashSet<>();
        d.at("/stories/0/timeline").forEach(t -> dates.add(t.at("/date/value").asText()));
        assertTrue(dates.containsAll(Set.of("2025-10-22", "2025-10-21")), dates.toString());
    }

    @Test
    void keyPointsCiteTheSentencesThatStateThem() {
        Map<String, String> textOf = new HashMap<>();
        d.at("/articles").forEach(a -> textOf.put(a.get("id").asText(), a.get("text").asText()));
        JsonNode kps = d.at("/stories/0/keyPoints");
        assertTrue(kps.size() >= 3, kps.toString());
        int previous = Integer.MAX_VALUE;
        for (JsonNode k : kps) {
            Set<String> sources = new HashSet<>();
            k.get("sources").forEach(s -> sources.add(s.asText()));
            int reports = k.get("reports").asInt();
            assertTrue(reports >= 1 && reports <= sources.size(), k.toString());
            assertTrue(reports <= previous, "ordered by independent reports: " + kps);
            previous = reports;
            Set<String> cited = new HashSet<>();
            for (JsonNode span : k.get("spans")) {
                String text = textOf.get(span.get("article").asText());
                int start = span.get("start").asInt();
                int end = span.get("end").asInt();
                assertTrue(text != null && 0 <= start && start < end && end <= text.length(), span.toString());
                assertTrue(text.substring(start, end).strip().length() > 10, span.toString());
                cited.add(span.get("article").asText());
            }
            assertEquals(sources, cited, "every source is cited by the sentence that states the point");
        }
    }
}
