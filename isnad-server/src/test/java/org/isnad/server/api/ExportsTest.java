package org.isnad.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Count;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.EventType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;
import org.isnad.core.model.Stance;
import org.isnad.core.model.Story;
import org.junit.jupiter.api.Test;

/** The export formats on a small hand-made dossier (invented names). */
class ExportsTest {
    static final String TEXT = "هاجمت جماعة الغيم قوات الحرس في بلدة الصفا. وقال العقيد نادر شمعون إن جماعة الغيم قتلت اثنين.";
    static final Article A = new Article("a1", "a1.txt", "وكالة | الشرق", "هجوم في *الصفا*", DateValue.day(null, java.time.LocalDate.of(2025, 3, 4)),
            "ar", TEXT, List.of());

    static SourceSpan span(String word, int from) {
        int s = TEXT.indexOf(word, from);
        return SourceSpan.of(A, new Span(s, s + word.length()));
    }

    static Dossier dossier() {
        Entity cloud = new Entity("e1", EntityType.GROUP, "جماعة الغيم", List.of("جماعة الغيم"), List.of(),
                List.of(span("جماعة الغيم", 0), span("جماعة الغيم", 40)));
        Entity guard = new Entity("e2", EntityType.ORGANIZATION, "قوات الحرس", List.of("قوات الحرس"), List.of(), List.of(span("قوات الحرس", 0)));
        Entity town = new Entity("e3", EntityType.LOCATION, "الصفا", List.of("الصفا"), List.of(), List.of(span("الصفا", 0)));
        Entity colonel = new Entity("e4", EntityType.PERSON, "نادر شمعون", List.of("نادر شمعون", "العقيد نادر شمعون"), List.of(),
                List.of(span("نادر شمعون", 0)));
        int said = TEXT.indexOf("إن ");
        SourceSpan claimSpan = SourceSpan.of(A, new Span(said + 3, TEXT.length() - 1));
        Claim claim = new Claim("c1", claimSpan, "e4", "العقيد نادر شمعون", null, "قال", Stance.ASSERTS, List.of(), List.of(), "s1");
        Event attack = new Event("v1", EventType.ATTACK, List.of("e1"), List.of("e2"), "e3", null,
                List.of(new Count(Count.Kind.KILLED, 2, false, "اثنين")), List.of(SourceSpan.of(A, new Span(0, TEXT.indexOf('.')))), "s1");
        Story story = new Story("s1", "هجوم | في الصفا", List.of("a1"), List.of(), List.of(), List.of());
        return new Dossier(Instant.now(), List.of(new Dossier.StoriedArticle(A, "s1")), List.of(cloud, guard, town, colonel),
                List.of(attack), List.of(claim), List.of(story), List.of(), Map.of());
    }

    @Test
    void graphHasSentenceCoMentionsClaimAndActionEdges() {
        EntityGraph g = EntityGraph.of(dossier());
        assertEquals(4, g.nodes().size());
        Set<String> edges = g.edges().stream().map(e -> e.kind() + ":" + e.source() + ">" + e.target()).collect(Collectors.toSet());
        // first sentence: the group, the guard and the town; second: the colonel and the group
        assertTrue(edges.containsAll(Set.of("co-mention:e1>e2", "co-mention:e1>e3", "co-mention:e2>e3", "co-mention:e1>e4")), edges.toString());
        assertTrue(!edges.contains("co-mention:e2>e4"), "the guard and the colonel are in different sentences");
        assertTrue(edges.contains("claim:e4>e1"), "the colonel speaks about the group");
        assertTrue(edges.contains("action:e1>e2"), "the group attacked the guard");
        assertTrue(g.edges().stream().filter(e -> e.kind().equals("action")).allMatch(EntityGraph.Edge::directed));
    }

    @Test
    void csvRowFollowsAcledConventions() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(AcledCsv.write(dossier()))).getRecords();
        assertEquals(1, rows.size());
        CSVRecord r = rows.get(0);
        assertEquals("v1", r.get("event_id_cnty"));
        assertEquals("2025-03-04", r.get("event_date"), "no event date: the article's date");
        assertEquals("2", r.get("time_precision"));
        assertEquals("2025", r.get("year"));
        assertEquals("Violence against civilians", r.get("event_type"));
        assertEquals("Attack", r.get("sub_event_type"));
        assertEquals("جماعة الغيم", r.get("actor1"));
        assertEquals("قوات الحرس", r.get("actor2"));
        assertEquals("الصفا", r.get("location"));
        assertEquals("2", r.get("fatalities"));
        assertEquals("وكالة | الشرق", r.get("source"));
        assertEquals(TEXT.substring(0, TEXT.indexOf('.')), r.get("notes"));
    }

    /** A posted article can put anything first in a cell; none of it may run as a spreadsheet formula. */
    @Test
    void csvCellsThatSpreadsheetsWouldRunAsFormulasAreQuoted() throws Exception {
        String text = "=HYPERLINK(\"http://x\",\"y\") هاجم مسلحون من جماعة الرمل مخفرًا في قرية الوادي. ولم تقع إصابات.";
        Article a = new Article("a2", "a2.txt", "+وكالة الرمل", "=HYPERLINK(\"http://x\",\"y\")", null, "ar", text, List.of());
        Entity actor = new Entity("e1", EntityType.GROUP, "@SUM(1)", List.of("@SUM(1)"), List.of(), List.of());
        Entity target = new Entity("e2", EntityType.ORGANIZATION, "\tقوات المخفر", List.of(), List.of(), List.of());
        Entity place = new Entity("e3", EntityType.LOCATION, "\rقرية الوادي", List.of(), List.of(), List.of());
        Entity minus = new Entity("e4", EntityType.GROUP, "-جماعة الرمل", List.of(), List.of(), List.of());
        Event attack = new Event("v1", EventType.ATTACK, List.of("e1", "e4"), List.of("e2"), "e3", null, List.of(),
                List.of(SourceSpan.of(a, new Span(0, text.indexOf('.')))), "s1");
        Story story = new Story("s1", "=HYPERLINK(\"http://x\",\"y\")", List.of("a2"), List.of(), List.of(), List.of());
        Dossier d = new Dossier(Instant.now(), List.of(new Dossier.StoriedArticle(a, "s1")),
                List.of(actor, target, place, minus), List.of(attack), List.of(), List.of(story), List.of(), Map.of());

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(AcledCsv.write(d))).getRecords();
        assertEquals(1, rows.size());
        CSVRecord r = rows.get(0);
        assertEquals("'" + text.substring(0, text.indexOf('.')), r.get("notes"));
        assertEquals("'@SUM(1)", r.get("actor1"));
        assertEquals("'-جماعة الرمل", r.get("assoc_actor_1"));
        assertEquals("'\tقوات المخفر", r.get("actor2"));
        assertEquals("'\rقرية الوادي", r.get("location"));
        assertEquals("'+وكالة الرمل", r.get("source"));
        assertEquals("Attack", r.get("sub_event_type"), "ordinary cells are unchanged");
        for (String cell : r.values()) {
            assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, "a formula cell: " + cell);
        }
        assertEquals("2025", AcledCsv.cell("2025"));
        assertEquals("قال =1", AcledCsv.cell("قال =1"));
    }

    @Test
    void isoDatesBecomeAcledDays() {
        assertEquals("2025-10-22", AcledCsv.firstDay("2025-10-22"));
        assertEquals("2025-10-01", AcledCsv.firstDay("2025-10"));
        assertEquals("2025-01-01", AcledCsv.firstDay("2025"));
        assertEquals("2025-08-01", AcledCsv.firstDay("2025-08/2025-10"));
    }

    @Test
    void markdownEscapesTableAndEmphasisCharacters() {
        String md = MarkdownBrief.write(dossier());
        assertTrue(md.startsWith("# هجوم \\| في الصفا\n"), md);
        assertTrue(md.contains("| العقيد نادر شمعون | وكالة \\| الشرق | ASSERTS |"), md);
        assertTrue(md.contains("هجوم في \\*الصفا\\*"), md);
        assertTrue(md.contains("نادر شمعون، العقيد نادر شمعون"), "aliases listed");
    }

    @Test
    void gexfDropsCharactersXmlCannotCarry() {
        assertEquals("a b", GexfExport.xmlText("a\u0001b"));
    }
}
