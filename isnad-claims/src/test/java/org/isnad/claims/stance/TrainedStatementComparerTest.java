package org.isnad.claims.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainedStatementComparerTest {
    private static final TrainedStatementComparer SHIPPED = TrainedStatementComparer.load();

    @Test
    void shippedModelLoadsWithProvenance() {
        assertTrue(SHIPPED.provenance().contains("train.csv"), SHIPPED.provenance());
        assertEquals(StanceFeatures.Options.defaults().describe(), SHIPPED.header().get("features"));
    }

    @Test
    void oppositeDirectionDisagrees() {
        assertEquals(StanceLabel.DISAGREE, SHIPPED.compare("ارتفاع أسعار الذهب في الأسواق العالمية",
                "انخفاض أسعار الذهب في الأسواق العالمية").label());
    }

    @Test
    void rewordingAgrees() {
        assertEquals(StanceLabel.AGREE, SHIPPED.compare("الحكومة تعلن خطة جديدة لدعم المزارعين في الشمال",
                "إعلان حكومي عن خطة جديدة لدعم المزارعين في الشمال").label());
    }

    @Test
    void unrelatedStatementsHaveLowOverlap() {
        StatementComparer.Comparison c = SHIPPED.compare("ارتفاع أسعار الذهب في الأسواق العالمية",
                "فريق المدينة يفوز بالبطولة بعد مباراة صعبة");
        assertTrue(c.overlap() < 0.2, c.toString());
        assertTrue(SHIPPED.compare("الجيش ينسحب من البلدة", "الجيش ينسحب من البلدة").overlap() > 0.99);
    }

    @Test
    void negationOnOneSideDisagrees() {
        assertEquals(StanceLabel.DISAGREE, SHIPPED.compare("الجيش ينسحب من البلدة الحدودية",
                "الجيش لن ينسحب من البلدة الحدودية").label());
    }

    @Test
    void featuresSeeNegationAndNumbers() {
        StanceFeatures f = new StanceFeatures(StanceFeatures.Options.defaults());
        List<String> x = f.extract("مقتل 5 أشخاص في الحادث", "لم يقتل 7 أشخاص في الحادث");
        assertTrue(x.contains("num=diff"), x.toString());
        assertTrue(x.contains("neg1:لم"), x.toString());
        assertTrue(x.contains("neg=false/true"), x.toString());
    }

    @Test
    void skeletonMeetsVerbAndVerbalNoun() {
        assertEquals(StanceFeatures.skeleton("ترتفع"), StanceFeatures.skeleton("ارتفاع"));
        assertTrue(StanceFeatures.near("يرحل", "رحيل"));
    }

    @Test
    void modelRoundTripsThroughItsFile() throws IOException {
        LinearModel m = new LinearModel(Map.of("bias", new float[] {1f, -2f, 0.5f}, "o:x", new float[] {0f, 3f, 0f}),
                Map.of("version", "t"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out, 1e-3);
        LinearModel back = LinearModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("t", back.header().get("version"));
        double[] s = back.scores(List.of("bias", "o:x", "unseen"));
        assertEquals(1.0, s[0], 1e-6);
        assertEquals(1.0, s[1], 1e-6);
        assertEquals(0.5, s[2], 1e-6);
    }

    @Test
    void trainingLearnsASeparablePattern(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("s1,s2,stance\n");
        String[] towns = {"الوادي", "الجسر", "النخيل", "السنديان", "الرصافة", "الزيتون"};
        for (String t : towns) {
            csv.append("افتتاح مدرسة في ").append(t).append(",إغلاق مدرسة في ").append(t).append(",disagree\n");
            csv.append("افتتاح مدرسة في ").append(t).append(",افتتاح مدرسة جديدة في ").append(t).append(",agree\n");
        }
        Path file = dir.resolve("toy.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        List<StanceExample> data = StanceCsv.read(file);
        assertEquals(12, data.size());
        TrainedStatementComparer c = new TrainedStatementComparer(
                StanceTraining.train(data, StanceFeatures.Options.defaults(), 5, 1, "toy"));
        StanceScores s = StanceTraining.evaluate(c, data);
        assertEquals(1.0, s.accuracy(), 1e-9, s.table());
        assertEquals(1.0, s.macroF1AgreeDisagree(), 1e-9);
    }

    @Test
    void malformedCsvLineNamesItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "s1,s2,stance\nأ,ب,agree\nسطر بلا فواصل\n", StandardCharsets.UTF_8);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> StanceCsv.read(file));
        assertTrue(e.getMessage().contains(":3:"), e.getMessage());
    }

    @Test
    void scoresComputePerClassFigures() {
        StanceScores s = new StanceScores();
        s.add(StanceLabel.AGREE, StanceLabel.AGREE);
        s.add(StanceLabel.AGREE, StanceLabel.DISAGREE);
        s.add(StanceLabel.DISAGREE, StanceLabel.DISAGREE);
        s.add(StanceLabel.OTHER, StanceLabel.DISAGREE);
        assertEquals(1.0, s.precision(StanceLabel.AGREE), 1e-9);
        assertEquals(0.5, s.recall(StanceLabel.AGREE), 1e-9);
        assertEquals(1.0 / 3, s.precision(StanceLabel.DISAGREE), 1e-9);
        assertEquals((2.0 / 3 + 0.5) / 2, s.macroF1AgreeDisagree(), 1e-9);
    }
}
