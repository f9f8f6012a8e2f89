package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkScorerTest {
    private static List<String> tags(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void chunksFollowConlleval() {
        assertEquals(List.of(new Chunk("PERS", 0, 2), new Chunk("LOC", 3, 4)), ChunkScorer.chunks(tags("B-PERS I-PERS O B-LOC")));
        // a B-less I- starts a chunk; an I- of another type starts a new one
        assertEquals(List.of(new Chunk("ORG", 1, 3), new Chunk("LOC", 3, 4)), ChunkScorer.chunks(tags("O I-ORG I-ORG I-LOC")));
        // B- right after a chunk of the same type starts a new chunk
        assertEquals(List.of(new Chunk("PERS", 0, 1), new Chunk("PERS", 1, 2)), ChunkScorer.chunks(tags("B-PERS B-PERS")));
    }

    @Test
    void exactSpansOnly() {
        ChunkScorer sc = new ChunkScorer();
        sc.add(tags("B-PERS I-PERS O B-LOC O B-ORG I-ORG"), tags("B-PERS I-PERS O B-ORG O B-ORG O"));
        // PERS exact; LOC predicted as ORG (type mismatch); ORG predicted partially
        ChunkScorer.Score micro = sc.score(null);
        assertEquals(3, micro.gold());
        assertEquals(3, micro.predicted());
        assertEquals(1, micro.correct());
        assertEquals(100.0 / 3, micro.f1(), 1e-9);
        assertEquals(100.0, sc.score("PERS").f1(), 1e-9);
        assertEquals(0.0, sc.score("LOC").recall(), 1e-9);
        assertEquals(0.0, sc.score("ORG").precision(), 1e-9);
        assertEquals((100.0 + 0 + 0) / 3, sc.macroF1(), 1e-9);
    }

    @Test
    void blessInsideMatchesBeginInside() {
        ChunkScorer sc = new ChunkScorer();
        sc.add(tags("O B-MISC I-MISC O"), tags("O I-MISC I-MISC O"));
        assertEquals(100.0, sc.score(null).f1(), 1e-9);
    }

    @Test
    void emptyPredictionsScoreZero() {
        ChunkScorer sc = new ChunkScorer();
        sc.add(tags("B-LOC O"), tags("O O"));
        assertEquals(0.0, sc.score(null).f1(), 1e-9);
        assertEquals(1, sc.score(null).gold());
    }
}
