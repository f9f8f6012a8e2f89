package org.isnad.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole training procedure behind {@code isnad train ner}: optionally learn word clusters from
 * unlabelled text, load the gazetteers, read and map the training files, hold out the last part of
 * the first file's sentences when asked, train, record provenance, and write the model.
 */
public final class NerTraining {
    /** Everything a training run needs; {@code heldOut} is a fraction of the first train file's tail. */
    public record Request(List<Path> trainFiles, Path gazetteers, Path clusters, Path unlabelled,
                          int vocab, int epochs, long seed, int minCount, FeatureConfig features, float oPenalty, int window,
                          double heldOut, Path out, int runs) {
        /** A request with one perceptron run per stage. */
        public Request(List<Path> trainFiles, Path gazetteers, Path clusters, Path unlabelled, int vocab, int epochs,
                       long seed, int minCount, FeatureConfig features, float oPenalty, int window, double heldOut,
                       Path out) {
            this(trainFiles, gazetteers, clusters, unlabelled, vocab, epochs, seed, minCount, features, oPenalty, window,
                heldOut, out, 1);
        }
    }

    private NerTraining() {
    }

    /** Runs {@code r}, logging to {@code log}; returns the trained model. */
    public static NerModel run(Request r, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        WordClusters clusters = WordClusters.NONE;
        if (r.features().clusters()) {
            if (r.unlabelled() != null) {
                log.println("building word clusters from " + r.unlabelled() + " ...");
                clusters = new ClusterBuilder(r.vocab(), 600, r.seed()).build(r.unlabelled());
                if (r.clusters() != null) {
                    clusters.save(r.clusters());
                    log.println("wrote " + clusters.size() + " word clusters to " + r.clusters());
                }
            } else if (r.clusters() != null) {
                clusters = WordClusters.load(r.clusters());
            }
            log.printf("clusters: %d words (%.0f s)%n", clusters.size(), (System.nanoTime() - t0) / 1e9);
        }
        Gazetteer gaz = Gazetteer.load(r.gazetteers());
        log.println("gazetteer: " + gaz.size() + " phrases, " + gaz.countries().size() + " countries");
        List<TaggedSentence> train = new ArrayList<>();
        List<TaggedSentence> dev = new ArrayList<>();
        for (int i = 0; i < r.trainFiles().size(); i++) {
            Path f = r.trainFiles().get(i);
            List<TaggedSentence> data = ConllReader.read(f, TagMaps.forFile(f.toString()));
            if (i == 0 && r.heldOut() > 0) {
                int cut = (int) Math.round(data.size() * (1 - r.heldOut()));
                dev.addAll(data.subList(cut, data.size()));
                data = data.subList(0, cut);
            }
            train.addAll(data);
            log.println("train file " + f + ": " + data.size() + " sentences");
        }
        String provenance = String.format(
            "isnad-ner %s; averaged perceptron, first-order Viterbi over BIO; data=%s (held-out tail %.2f); "
                + "seed=%d; epochs=%d; perceptron runs averaged=%d; minCount=%d; oPenalty=%.1f; second pass with document memory window=%d (0 = one pass); features=[word,folded,affix1-4,clitic-stripped,shape,±2 context,%s]; "
                + "clusters=%d words (PPMI + truncated SVD to 100 dims, spherical k-means 16x16x16 run %d times from seed %d, from %s); gazetteer=%d phrases (ANERGazet, ANETAC, geonames-ar)",
            NerModel.FORMAT + ".0", names(r.trainFiles()), r.heldOut(), r.seed(), r.epochs(), r.runs(), r.minCount(), r.oPenalty(), r.window(),
            r.features(), clusters.size(), WordClusters.CLUSTERINGS, r.seed(), r.unlabelled() != null ? r.unlabelled().getFileName()
                : r.clusters() != null ? r.clusters().getFileName() : "none", gaz.size());
        NerTrainer trainer = new NerTrainer(new NerTrainer.Settings(r.epochs(), r.seed(), r.minCount(), r.features(), r.oPenalty(), r.window(), r.runs()),
            clusters, gaz).log(log::println);
        NerModel model = trainer.train(train, dev, provenance);
        if (!dev.isEmpty()) {
            log.printf("held-out (last %.0f%% of %s) F1 with rules: %.2f, without: %.2f%n", 100 * r.heldOut(),
                r.trainFiles().get(0).getFileName(),
                new NerEvaluator(new NerRecognizer(model, true), null).score(dev).score(null).f1(),
                new NerEvaluator(new NerRecognizer(model, false), null).score(dev).score(null).f1());
        }
        if (r.out() != null) {
            if (r.out().getParent() != null) {
                Files.createDirectories(r.out().getParent());
            }
            try (OutputStream os = Files.newOutputStream(r.out())) {
                model.save(os);
            }
            log.printf("wrote %s (%d features, %.1f MB)%n", r.out(), model.featureCount(), Files.size(r.out()) / 1e6);
        }
        log.printf("done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        return model;
    }

    /**
     * Developer check with less noise than one held-out slice: {@code folds} contiguous folds of the
     * first train file, each held out in turn; prints per-fold and mean F1 (rules on) for a range of O penalties.
     */
    static void crossValidate(Request r, int folds, PrintStream log) throws IOException {
        WordClusters clusters = r.features().clusters() && r.clusters() != null ? WordClusters.load(r.clusters())
            : WordClusters.NONE;
        Gazetteer gaz = Gazetteer.load(r.gazetteers());
        Path f0 = r.trainFiles().get(0);
        List<TaggedSentence> data = ConllReader.read(f0, TagMaps.forFile(f0.toString()));
        float[] pens = {8, 12, 16, 20};
        double[] sum = new double[pens.length];
        for (int k = 0; k < folds; k++) {
            int lo = data.size() * k / folds, hi = data.size() * (k + 1) / folds;
            List<TaggedSentence> train = new ArrayList<>(data.subList(0, lo));
            train.addAll(data.subList(hi, data.size()));
            List<TaggedSentence> dev = data.subList(lo, hi);
            NerModel m = new NerTrainer(new NerTrainer.Settings(r.epochs(), r.seed(), r.minCount(), r.features(),
                r.oPenalty(), r.window(), r.runs()), clusters, gaz).train(train, List.of(), "cv");
            StringBuilder sb = new StringBuilder("fold " + (k + 1) + "/" + folds + ":");
            for (int p = 0; p < pens.length; p++) {
                double f1 = new NerEvaluator(new NerRecognizer(m.withOPenalty(pens[p]), true), null).score(dev).score(null).f1();
                sum[p] += f1;
                sb.append(String.format(" %.0f:%.2f", pens[p], f1));
            }
            log.println(sb);
        }
        StringBuilder sb = new StringBuilder("CV mean F1 by O penalty:");
        for (int p = 0; p < pens.length; p++) {
            sb.append(String.format(" %.0f:%.2f", pens[p], sum[p] / folds));
        }
        log.println(sb);
    }

    private static String names(List<Path> files) {
        List<String> out = new ArrayList<>();
        for (Path p : files) {
            Path parent = p.getParent();
            out.add((parent != null ? parent.getFileName() + "/" : "") + p.getFileName());
        }
        return String.join("+", out);
    }

    /**
     * Minimal developer entry point (the CLI command is the public one): {@code key=value} args:
     * train=a,b gaz=DIR clusters=FILE unlabelled=DIR vocab=N epochs=N seed=N min=N heldout=F out=FILE
     * open=F (O penalty) window=N (second pass) test=FILE (evaluate the written model) and the flags
     * nocl nogaz nocue noctx2 cl2 stack ngram norules.
     */
    public static void main(String[] args) throws IOException {
        java.util.Map<String, String> a = new java.util.HashMap<>();
        for (String s : args) {
            int eq = s.indexOf('=');
            a.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
        }
        List<Path> train = new ArrayList<>();
        for (String s : a.getOrDefault("train", "../shared/data/ner/anercorp/train.txt").split(",")) {
            train.add(Path.of(s));
        }
        FeatureConfig fc = new FeatureConfig(!a.containsKey("nocl"), !a.containsKey("nogaz"), !a.containsKey("nocue"),
            !a.containsKey("noctx2"), a.containsKey("cl2"),
            a.containsKey("stack"), a.containsKey("ngram")).withExtras(a.containsKey("span"), a.containsKey("wide"),
            a.containsKey("conj"));
        Request r = new Request(train, Path.of(a.getOrDefault("gaz", "../shared/data/gazetteers")),
            a.containsKey("clusters") ? Path.of(a.get("clusters")) : null,
            a.containsKey("unlabelled") ? Path.of(a.get("unlabelled")) : null,
            Integer.parseInt(a.getOrDefault("vocab", "200000")), Integer.parseInt(a.getOrDefault("epochs", "10")),
            Long.parseLong(a.getOrDefault("seed", "13")), Integer.parseInt(a.getOrDefault("min", "1")), fc, Float.parseFloat(a.getOrDefault("open", "0")), Integer.parseInt(a.getOrDefault("window", "0")),
            Double.parseDouble(a.getOrDefault("heldout", "0")), a.containsKey("out") ? Path.of(a.get("out")) : null,
            Integer.parseInt(a.getOrDefault("runs", "1")));
        if (a.containsKey("cv")) {
            crossValidate(r, Integer.parseInt(a.get("cv")), System.out);
            return;
        }
        run(r, System.out);
        if (a.containsKey("test")) {
            NerModel m = NerModel.load(Files.newInputStream(r.out()));
            new NerEvaluator(new NerRecognizer(m, !a.containsKey("norules")), null).run(Path.of(a.get("test")), System.out);
        }
    }
}
