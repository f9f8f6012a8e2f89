package org.isnad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.stage.EntityRecognizer;

/**
 * Statistical Arabic NER (averaged-perceptron linear-chain tagger, see {@link NerTrainer}) plus
 * {@link NerRules}. Emits PERSON, ORGANIZATION, LOCATION, GROUP and OTHER (the tag set's MISC)
 * mentions with exact spans into the article text. Thread-safe.
 */
public final class NerRecognizer implements EntityRecognizer {
    /** Classpath location of the shipped model. */
    public static final String RESOURCE = "/org/isnad/ner/ner-model.bin.gz";
    private static final double MODEL_CONFIDENCE = 0.9;
    private static final double RULE_CONFIDENCE = 0.6;
    private final NerModel model;
    private final NerRules rules;
    private final boolean useRules;
    private final NerTokenizer tokenizer = new NerTokenizer();

    public NerRecognizer(NerModel model, boolean useRules) {
        this.model = model;
        this.rules = new NerRules(model.gazetteer(), model.clusters());
        this.useRules = useRules;
    }

    /**
     * Loads the model shipped on the classpath, rules on. A developer measuring a candidate model on the
     * dossier gold may name its file with {@code -Disnad.ner.model=FILE} instead.
     */
    public static NerRecognizer fromClasspath() {
        String file = System.getProperty("isnad.ner.model");
        if (file != null) {
            try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
                return new NerRecognizer(NerModel.load(in), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read NER model " + file, e);
            }
        }
        try (InputStream in = NerRecognizer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("NER model resource missing: " + RESOURCE);
            }
            return new NerRecognizer(NerModel.load(in), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + RESOURCE, e);
        }
    }

    public NerModel model() {
        return model;
    }

    @Override
    public String provenance() {
        return model.provenance() + "; rules=" + useRules;
    }

    /** BIO tags for one tokenized sentence taken as a document: model tags, then rules over what the model left O. */
    public String[] tagSentence(String[] tokens) {
        return tagDocument(java.util.Collections.singletonList(tokens), 0).get(0);
    }

    /**
     * BIO tags for the sentences of a document (see {@link NerModel#tagDocument}), then rules over
     * what the model left O.
     */
    public List<String[]> tagDocument(List<String[]> sentences, int window) {
        List<String[]> tags = model.tagDocument(sentences, window);
        if (!useRules) {
            return tags;
        }
        List<String[]> out = new ArrayList<>(tags.size());
        for (int i = 0; i < tags.size(); i++) {
            out.add(rules.apply(sentences.get(i), tags.get(i).clone()));
        }
        return out;
    }

    @Override
    public List<Mention> recognize(Article article) {
        String text = article.text();
        List<Token> tokens = tokenizer.tokenize(text);
        List<List<Token>> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            boolean boundary = i == tokens.size()
                || NerTokenizer.endsSentence(tokens.get(i - 1).text())
                || hasNewline(text, tokens.get(i - 1).end(), tokens.get(i).start());
            if (boundary) {
                sentences.add(tokens.subList(start, i));
                start = i;
            }
        }
        List<String[]> words = new ArrayList<>(sentences.size());
        for (List<Token> s : sentences) {
            String[] w = new String[s.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = s.get(i).text();
            }
            words.add(w);
        }
        List<String[]> modelTags = model.tagDocument(words, Integer.MAX_VALUE / 2);
        List<Mention> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] mt = modelTags.get(s);
            String[] tags = useRules ? rules.apply(words.get(s), mt.clone()) : mt;
            List<Token> sent = sentences.get(s);
            for (Chunk c : ChunkScorer.chunks(List.of(tags))) {
                Token first = sent.get(c.start());
                int glued = Math.max(NerRules.headProcliticLength(first.text()),
                    useRules ? rules.nameProcliticLength(first.text(), c.type()) : 0);
                Span span = new Span(first.start() + glued, sent.get(c.end() - 1).end());
                boolean fromRule = !mt[c.start()].equals(tags[c.start()]);
                out.add(new Mention(article.id(), span, span.of(text), typeOf(c.type()), c.type(),
                    fromRule ? RULE_CONFIDENCE : MODEL_CONFIDENCE));
            }
        }
        return out;
    }

    private static boolean hasNewline(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Entity type of a tag-set label: PERS, LOC, ORG, GROUP; anything else (MISC) is OTHER. */
    public static EntityType typeOf(String label) {
        return switch (label) {
            case "PERS", "PER", "PERSON" -> EntityType.PERSON;
            case "LOC", "LOCATION" -> EntityType.LOCATION;
            case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "GROUP", "NORP" -> EntityType.GROUP;
            default -> EntityType.OTHER;
        };
    }
}
