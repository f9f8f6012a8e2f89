package org.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {
    private static final Map<String, String> GOLD = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "3", "f", "4");

    @Test
    void perfectGroupingScoresOne() {
        BCubed b = BCubed.score(GOLD, Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "z", "f", "w"));
        assertEquals(1.0, b.precision(), 1e-9);
        assertEquals(1.0, b.recall(), 1e-9);
        assertEquals(1.0, b.f1(), 1e-9);
    }

    @Test
    void oneWrongMergeLowersPrecisionOnly() {
        // story 3 and 4 predicted as one: e and f each see a cluster half wrong
        BCubed b = BCubed.score(GOLD, Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "z", "f", "z"));
        assertEquals(1.0, b.recall(), 1e-9);
        assertEquals((4 + 0.5 + 0.5) / 6, b.precision(), 1e-9);
    }

    @Test
    void everythingInOneStoryScoresNearZeroOnManyStories() {
        Map<String, String> gold = new HashMap<>();
        Map<String, String> pred = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            gold.put("a" + i, "s" + (i / 2));
            pred.put("a" + i, "one");
        }
        BCubed b = BCubed.score(gold, pred);
        assertEquals(1.0, b.recall(), 1e-9);
        assertTrue(b.f1() < 0.03, "F1 " + b.f1());
    }

    @Test
    void missingArticlesCountAsSingletons() {
        BCubed b = BCubed.score(Map.of("a", "1", "b", "1"), Map.of("a", "x"));
        assertEquals(1.0, b.precision(), 1e-9);
        assertEquals(0.5, b.recall(), 1e-9);
    }
}
