package org.isnad.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a recognizer on a CoNLL file in the file's own tag set with {@link ChunkScorer}.
 * Predicted GROUP chunks are mapped to {@code groupLabel} (MISC, or dropped when null: ANERcorp
 * leaves nationality words O). Prints per-type and micro/macro figures, tokens per second, and ends
 * with {@code ner F1 = NN.NN (P NN.NN, R NN.NN) on FILE}.
 */
public final class NerEvaluator {
    private final NerRecognizer recognizer;
    private final String groupLabel;

    public NerEvaluator(NerRecognizer recognizer, String groupLabel) {
        this.recognizer = recognizer;
        this.groupLabel = groupLabel;
    }

    /** Scores a model without rules (used in training), the data read as one stream of sentences. */
    static ChunkScorer scoreModel(NerModel model, List<TaggedSentence> data) {
        List<String[]> sentences = new ArrayList<>();
        for (TaggedSentence s : data) {
            sentences.add(s.tokens().toArray(String[]::new));
        }
        List<String[]> tags = model.tagDocument(sentences, model.window());
        ChunkScorer sc = new ChunkScorer();
        for (int i = 0; i < data.size(); i++) {
            sc.add(data.get(i).tags(), List.of(tags.get(i)));
        }
        return sc;
    }

    /**
     * Predicted tags in the evaluated tag set. The file is read as one stream of sentences (no
     * document boundaries), so the second pass looks {@link NerModel#window()} sentences either side.
     */
    public List<List<String>> predict(List<TaggedSentence> data) {
        List<String[]> sentences = new ArrayList<>();
        for (TaggedSentence s : data) {
            sentences.add(s.tokens().toArray(String[]::new));
        }
        List<List<String>> out = new ArrayList<>();
        for (String[] tags : recognizer.tagDocument(sentences, recognizer.model().window())) {
            List<String> row = new ArrayList<>(tags.length);
            for (String t : tags) {
                if (TagMaps.type(t).equals("GROUP")) {
                    row.add(groupLabel == null ? "O" : t.substring(0, 2) + groupLabel);
                } else {
                    row.add(t);
                }
            }
            out.add(row);
        }
        return out;
    }

    /** Scores {@code data}. */
    public ChunkScorer score(List<TaggedSentence> data) {
        ChunkScorer sc = new ChunkScorer();
        List<List<String>> pred = predict(data);
        for (int i = 0; i < data.size(); i++) {
            sc.add(data.get(i).tags(), pred.get(i));
        }
        return sc;
    }

    /** Reads, scores and reports {@code file}; returns micro F1. */
    public double run(Path file, PrintStream out) throws IOException {
        List<TaggedSentence> data = ConllReader.read(file, TagMaps.forFile(file.toString()));
        long tokens = data.stream().mapToLong(TaggedSentence::size).sum();
        long t0 = System.nanoTime();
        ChunkScorer sc = score(data);
        double secs = (System.nanoTime() - t0) / 1e9;
        out.println("model: " + recognizer.provenance());
        out.printf("%-6s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "pred", "ok", "P", "R", "F1");
        for (String type : sc.types()) {
            print(out, type, sc.score(type));
        }
        ChunkScorer.Score m = sc.score(null);
        print(out, "micro", m);
        out.printf("macro-F1 %.2f%n", sc.macroF1());
        out.printf("%d sentences, %d tokens, %.0f tokens/s (tagging incl. rules, one thread, first pass)%n",
            data.size(), tokens, tokens / secs);
        out.printf("ner F1 = %.2f (P %.2f, R %.2f) on %s%n", m.f1(), m.precision(), m.recall(), file);
        return m.f1();
    }

    private static void print(PrintStream out, String type, ChunkScorer.Score s) {
        out.printf("%-6s %6d %6d %6d %7.2f %7.2f %7.2f%n", type, s.gold(), s.predicted(), s.correct(),
            s.precision(), s.recall(), s.f1());
    }
}
