package org.isnad.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.core.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;
    SearchIndex index;

    static final Article CLASH = article("x1", "اشتباكات في ريف المدينة",
            "اندلعت الاشتباكات فجر الثلاثاء بين مسلحين وقوات الأمن، وقال العميد احمد قمطور إن الوضع تحت السيطرة.");
    static final Article NISBA = article("x2", "بيان عائلة",
            "أصدرت العائلة الزرقلانية بيانًا، وقال الشيخ سالم الزرقلاني إن الوجهاء سيجتمعون غدًا.");
    static final Article NAME = article("x3", "لقاء في البلدية",
            "التقى زرقلان بن يوسف رئيس البلدية، وبحثا مشاريع المياه في الحي الشرقي.");

    static Article article(String id, String title, String text) {
        return new Article(id, id + ".txt", "وكالة تجريبية", title, null, "ar", text, List.of());
    }

    @BeforeEach
    void open() {
        index = SearchIndex.open(dir);
        index.put(CLASH);
        index.put(NISBA);
        index.put(NAME);
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    Set<String> found(String q) {
        return index.search(q, 10).stream().map(SearchHit::article).collect(Collectors.toSet());
    }

    @Test
    void aNameWithHamzaFindsItWrittenWithout() {
        List<SearchHit> hits = index.search("أحمد", 10);
        assertEquals(1, hits.size());
        SearchHit h = hits.get(0);
        assertEquals("x1", h.article());
        assertEquals(1, h.highlights().size());
        SearchHit.Highlight hl = h.highlights().get(0);
        assertEquals("احمد", hl.text());
        assertEquals(hl.text(), CLASH.text().substring(hl.start(), hl.end()));
        assertTrue(h.snippet().start() <= hl.start() && hl.end() <= h.snippet().end());
        assertEquals(h.snippet().text(), CLASH.text().substring(h.snippet().start(), h.snippet().end()));
    }

    @Test
    void aStemFindsTheInflectedFormAndHighlightsItExactly() {
        List<SearchHit> hits = index.search("اشتباك", 10);
        assertEquals(List.of("x1"), hits.stream().map(SearchHit::article).toList());
        SearchHit.Highlight hl = hits.get(0).highlights().get(0);
        assertEquals("الاشتباكات", hl.text());
        assertEquals(CLASH.text().indexOf("الاشتباكات"), hl.start());
    }

    @Test
    void aNameDoesNotFindTheNisbaNorTheReverse() {
        assertEquals(Set.of("x3"), found("زرقلان"));
        assertEquals(Set.of("x2"), found("الزرقلاني"));
    }

    @Test
    void reconcileMakesTheIndexMatchTheStoredIds() {
        Map<String, Article> db = Map.of("x1", CLASH, "x4", article("x4", "جديد", "خبر جديد عن الطقس في المدينة"));
        int changed = index.reconcile(db.keySet(), ids -> ids.stream().map(db::get).toList());
        assertEquals(3, changed); // x4 added, x2 and x3 deleted
        assertEquals(Set.of("x1", "x4"), index.ids());
        assertEquals(2, index.size());
        assertFalse(found("الطقس").isEmpty());
    }

    @Test
    void malformedQuerySyntaxIsSearchedAsWords() {
        assertEquals(Set.of("x1"), found("\"أحمد"));
    }
}
