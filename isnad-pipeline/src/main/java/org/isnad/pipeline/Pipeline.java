package org.isnad.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.InputError;
import org.isnad.core.model.Mention;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.ArticleSource;
import org.isnad.core.stage.BadInputException;
import org.isnad.core.stage.EntityRecognizer;
import org.isnad.core.stage.StoryGrouper;

/**
 * Files to dossier. Stages are passed in (see {@link #standard()} for Isnad's own); each input that
 * fails is recorded as an {@link InputError} and the run goes on with the others.
 */
public final class Pipeline {
    /** Progress of a run, step by step, for a progress bar. */
    public interface Progress {
        Progress NONE = (step, done, total) -> { };

        void update(String step, int done, int total);
    }

    /** Cleaned articles and the inputs that could not be used. */
    public record Prepared(List<Article> articles, List<InputError> errors) {
        public Prepared {
            articles = List.copyOf(articles);
            errors = List.copyOf(errors);
        }
    }

    private final ArticleSource source;
    private final Cleaning cleaning;
    private final EntityRecognizer recognizer;
    private final StoryGrouper grouper;
    private final StoryAnalysis analysis;
    /** Articles recognized, and stories analysed, at once (output does not depend on it). */
    private final int threads;
    /** Where stage times go (nowhere unless a benchmark asks, see {@link #fresh}). */
    private final StageTimes times;
    /** Mentions per article, reused when the same articles are analysed again (the desk does so). */
    private final BoundedCache<Article, List<Mention>> mentionCache = new BoundedCache<>(20_000);

    public Pipeline(ArticleSource source, Cleaning cleaning, EntityRecognizer recognizer, StoryGrouper grouper,
                    StoryAnalysis analysis) {
        this(source, cleaning, recognizer, grouper, analysis, Parallel.defaultThreads(), StageTimes.NONE);
    }

    private Pipeline(ArticleSource source, Cleaning cleaning, EntityRecognizer recognizer, StoryGrouper grouper,
                     StoryAnalysis analysis, int threads, StageTimes times) {
        this.threads = Math.max(1, threads);
        this.times = times;
        this.source = source;
        this.cleaning = cleaning;
        this.recognizer = recognizer;
        this.grouper = grouper;
        this.analysis = analysis;
    }

    /** Isnad's own stages with their shipped models. */
    public static Pipeline standard() {
        return Stages.standard();
    }

    /** Isnad's own stages with another entity recognizer (a different model, or a wrapped one). */
    public static Pipeline standard(EntityRecognizer recognizer) {
        return Stages.standard(recognizer);
    }

    /** The same stages with another story grouper (e.g. {@code new OnlineStoryGrouper()}). */
    public Pipeline withGrouper(StoryGrouper other) {
        return new Pipeline(source, cleaning, recognizer, other, analysis, threads, times);
    }

    /**
     * The same stages run on {@code n} threads (default: one per core); the dossier is the same for
     * any {@code n}. The mention cache is not shared with the copy.
     */
    public Pipeline withThreads(int n) {
        return new Pipeline(source, cleaning, recognizer, grouper, analysis, n, times);
    }

    /**
     * The same stages and models with every cache empty (names per article, analysed stories), recording
     * the time of each stage in {@code times}: what a benchmark times, so that no run reuses an earlier one's work.
     */
    public Pipeline fresh(StageTimes times) {
        return new Pipeline(source, cleaning, recognizer, grouper, analysis.fresh(times), threads, times);
    }

    /** Reads, cleans and analyses everything under {@code inputs}. */
    public Dossier run(List<Path> inputs, Progress progress) {
        List<InputError> errors = new ArrayList<>();
        List<RawArticle> raws = source.read(inputs, errors::add);
        Prepared prepared = prepare(raws, progress);
        errors.addAll(prepared.errors());
        return analyze(prepared.articles(), errors, progress);
    }

    /**
     * Cleans raw articles (learning the run's repeated boilerplate lines first) and gives each a
     * content-derived id; an article whose text repeats an earlier one is reported, not analysed twice.
     */
    public Prepared prepare(List<RawArticle> raws, Progress progress) {
        return times.time("clean", () -> prepareTimed(raws, progress));
    }

    private Prepared prepareTimed(List<RawArticle> raws, Progress progress) {
        List<InputError> errors = new ArrayList<>();
        Map<String, Article> byId = new LinkedHashMap<>();
        var cleaner = cleaning.forBatch(raws);
        progress.update("clean", 0, raws.size());
        // each article is cleaned on its own (in parallel); duplicates are then found in input order
        List<Cleaned> cleaned = Parallel.map(raws, threads, raw -> {
            try {
                Article draft = cleaner.clean(raw, "draft");
                return new Cleaned(draft, ArticleIds.of(draft.text()), null);
            } catch (BadInputException e) {
                return new Cleaned(null, null, e.getMessage());
            } catch (RuntimeException e) {
                // a defect in a stage must not lose the other articles; report it with the input
                return new Cleaned(null, null, "internal error while cleaning: " + e);
            }
        }, i -> progress.update("clean", i + 1, raws.size()));
        for (int i = 0; i < raws.size(); i++) {
            RawArticle raw = raws.get(i);
            Cleaned c = cleaned.get(i);
            if (c.failure() != null) {
                errors.add(new InputError(raw.source(), c.failure()));
                continue;
            }
            Article previous = byId.get(c.id());
            if (previous != null) {
                errors.add(new InputError(raw.source(), "same text as " + previous.source() + ", analysed once"));
                continue;
            }
            byId.put(c.id(), withId(c.draft(), c.id()));
        }
        return new Prepared(new ArrayList<>(byId.values()), errors);
    }

    /** Recognizes, groups and analyses cleaned articles into a dossier. */
    public Dossier analyze(List<Article> articles, List<InputError> errors, Progress progress) {
        errors = new ArrayList<>(errors);
        List<Mention> mentions = new ArrayList<>();
        progress.update("recognize", 0, articles.size());
        List<Recognized> recognized = times.time("recognize",
                () -> recognizeEach(articles, i -> progress.update("recognize", i + 1, articles.size())));
        for (int i = 0; i < articles.size(); i++) {
            Recognized r = recognized.get(i);
            if (r.failure() == null) {
                mentions.addAll(r.mentions());
            } else {
                // the article stays, without names; the others go on
                errors.add(InputError.failed(articles.get(i).source(), "ner", r.failure()));
            }
        }
        List<StoryGrouper.Group> groups;
        try {
            groups = times.time("group", () -> grouper.group(articles, mentions));
        } catch (RuntimeException e) {
            errors.add(InputError.failed("all articles", "stories", e));
            groups = singletons(articles);
        }
        return analyzeGroups(articles, groups, mentions, errors, progress);
    }

    /** The per-story stages alone over groups already made (for benchmarks of that part). */
    public Dossier analyzeGroups(List<Article> articles, List<StoryGrouper.Group> groups, List<Mention> mentions) {
        return analyzeGroups(articles, groups, mentions, new ArrayList<>(), Progress.NONE);
    }

    private Dossier analyzeGroups(List<Article> articles, List<StoryGrouper.Group> groups, List<Mention> mentions,
                                  List<InputError> errors, Progress progress) {
        StoryAnalysis.Result result = times.time("stories",
                () -> analysis.analyze(articles, groups, mentions, progress, threads));
        errors.addAll(result.errors());
        return new Dossier(Instant.now(), result.articles(), result.entities(), result.events(), result.claims(),
                result.stories(), errors, provenance());
    }

    /**
     * One story's analysis, as {@link #analyze} makes it for that story's group: {@code members} in input
     * order, their names, and the grouper's title and storyline. For callers that group incrementally
     * (the desk) and re-analyse only the stories that changed; runs on the calling thread.
     */
    public Dossier analyzeStory(List<Article> members, List<Mention> mentions, String title, String storyline) {
        List<Integer> all = java.util.stream.IntStream.range(0, members.size()).boxed().toList();
        StoryAnalysis.Result result = analysis.analyze(members, List.of(new StoryGrouper.Group(all, title, storyline)),
                mentions, Progress.NONE, 1);
        return new Dossier(Instant.now(), result.articles(), result.entities(), result.events(), result.claims(),
                result.stories(), result.errors(), provenance());
    }

    /** Models and versions behind an analysis. */
    public Map<String, String> provenance() {
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("isnad", "0.1.0");
        provenance.put("ner", recognizer.provenance());
        provenance.putAll(analysis.provenance());
        return provenance;
    }

    /** Groups cleaned articles whose names are known into stories, as {@link #analyze} does. */
    public List<StoryGrouper.Group> group(List<Article> articles, List<Mention> mentions) {
        return grouper.group(articles, mentions);
    }

    /** Groups cleaned articles into stories, as {@link #analyze} does (for scoring the grouping alone). */
    public List<StoryGrouper.Group> group(List<Article> articles) {
        return grouper.group(articles, recognize(articles));
    }

    /** The names in one article, not cached: for streams, where nothing but a window may be kept. */
    public List<Mention> recognizeUncached(Article article) {
        return recognizer.recognize(article);
    }

    /** The names in each article (cached, as {@link #analyze} finds them); an article whose recognition fails has none. */
    public List<Mention> recognize(List<Article> articles) {
        List<Mention> mentions = new ArrayList<>();
        for (Recognized r : recognizeEach(articles, i -> { })) {
            // a failure is reported by analyze; here the article simply has no names
            mentions.addAll(r.mentions());
        }
        return mentions;
    }

    /** One cleaned article and its id, or why it could not be cleaned. */
    private record Cleaned(Article draft, String id, String failure) {
    }

    /** One article's names, or why recognition failed. */
    private record Recognized(List<Mention> mentions, RuntimeException failure) {
    }

    /** Each article recognized on its own (in parallel, through the cache), results in article order. */
    private List<Recognized> recognizeEach(List<Article> articles, java.util.function.IntConsumer done) {
        return Parallel.map(articles, threads, a -> {
            try {
                return new Recognized(mentionCache.get(a, k -> recognizer.recognize(a)), null);
            } catch (RuntimeException e) {
                return new Recognized(List.of(), e);
            }
        }, done);
    }

    /** Each article its own story: what is left when grouping itself fails. */
    static List<StoryGrouper.Group> singletons(List<Article> articles) {
        List<StoryGrouper.Group> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            out.add(new StoryGrouper.Group(List.of(i), articles.get(i).title()));
        }
        return out;
    }

    private static Article withId(Article a, String id) {
        return new Article(id, a.source(), a.outlet(), a.title(), a.published(), a.language(), a.text(), a.removed());
    }
}
