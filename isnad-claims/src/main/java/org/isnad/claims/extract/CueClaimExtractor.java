package org.isnad.claims.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.claims.resolve.Titles;
import org.isnad.claims.text.Word;
import org.isnad.claims.text.WordIndex;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;
import org.isnad.core.model.Stance;

/**
 * Cue-based {@link ClaimExtractor}. In each sentence it looks for a reporting cue ({@link Cues}),
 * then the content (after {@code أن / إن / بأن}, a colon, or inside quotes; after {@code إلى} or
 * {@code بـ} for demands and threats; the rest of the clause for denials and accusations), and
 * between cue and content the channel ({@link Channels}) and the speaker: a resolved entity, else
 * the source phrase as written ({@code مصادر أمنية}), else a name just before the cue, else, for a
 * cue with no subject ({@code وأضاف أن}, {@code قال فيه}), the one person of the previous sentence or
 * the previous claim's speaker. A statement with no speaker found is not a claim.
 */
public final class CueClaimExtractor implements ClaimExtractor {
    /** Furthest a content marker may be from its cue, in words. */
    private static final int MAX_CUE_TO_CONTENT = 30;
    /** Longest unnamed source phrase, in words. */
    private static final int MAX_SOURCE_WORDS = 6;

    /** An entity mention in this article. */
    private record Ref(int start, int end, String entity, EntityType type) {
    }

    /** Who said it: entity id (or null) and the text as written. */
    private record Speaker(String entity, String text) {
    }

    /**
     * The content span and where the speaker region ends; {@code marked} when a complementizer,
     * colon or quote opened it (not a preposition such as {@code إلى} after a demand).
     */
    private record Content(int regionEnd, int start, int end, boolean marked) {
    }

    @Override
    public List<Claim> extract(Article article, List<Entity> entities, String story) {
        Run run = new Run(article, entities, story);
        for (Sentences.Range s : Sentences.of(run.index)) {
            int i = s.first();
            while (i < s.end()) {
                Cue cue = Cues.at(run.index.words(), i);
                if (cue != null && cue.last() < s.end()) {
                    i = Math.max(cue.last() + 1, run.claim(cue, s));
                } else {
                    i++;
                }
            }
            run.endSentence(s);
        }
        return run.claims;
    }

    /** The state of one article's extraction. */
    private static final class Run {
        final Article article;
        final String story;
        final WordIndex index;
        final List<Ref> refs = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        Speaker lastSpeaker;
        /** Subject of a cue in this sentence that made no claim, for a participle that follows. */
        Speaker pendingSubject;
        Sentences.Range pendingSentence;
        Sentences.Range lastSpeakerSentence;
        /** Offset where the last claim's content ends. */
        int lastClaimEnd;
        Sentences.Range previousSentence;
        Sentences.Range current;

        Run(Article article, List<Entity> entities, String story) {
            this.article = article;
            this.story = story;
            this.index = new WordIndex(article.text());
            for (Entity e : entities) {
                for (SourceSpan m : e.mentions()) {
                    if (m.article().equals(article.id())) {
                        refs.add(new Ref(m.start(), m.end(), e.id(), e.type()));
                    }
                }
            }
            refs.sort(Comparator.comparingInt(Ref::start));
        }

        void endSentence(Sentences.Range s) {
            previousSentence = s;
        }

        /** Extracts the claim of {@code cue}, if any; returns the word index where the search for cues goes on. */
        int claim(Cue cue, Sentences.Range s) {
            current = s;
            return switch (cue.kind()) {
                case ACCORDING_TO -> accordingTo(cue, s);
                case NEWS -> news(cue, s);
                default -> verb(cue, s);
            };
        }

        private int verb(Cue cue, Sentences.Range s) {
            int from = cue.last() + 1;
            if (!cue.family().equals("نقل") && Passives.isPassive(index.get(cue.first()), cue.family())) {
                return from; // أُعلن أن / يُتهم X بـ: no one is named as saying it, and X is not the speaker
            }
            Content c = content(cue, from, s);
            int regionEnd = c == null ? Math.min(s.end(), from + MAX_SOURCE_WORDS) : c.regionEnd();
            int speakerFrom = from;
            String channel = null;
            if (cue.family().equals("نقل")) {
                int about = find(from, regionEnd, "عن");
                if (about < 0) {
                    return from; // نقلوا 18 جثة: carried, not quoted; reporting نقل names its source after عن
                }
                if (about > from) {
                    channel = index.textOf(from, about - 1);
                }
                speakerFrom = about + 1; // نُقل عن X / نقلت الوكالة عن X: X is the source
            }
            int relay = c == null ? -1 : relayed(speakerFrom, c.regionEnd());
            if (relay >= 0) {
                // قال X نقلاً عن Y / بحسب Y: Y said it, X only passed it on
                channel = index.textOf(speakerFrom, relay - 1);
                speakerFrom = relayEnd(relay);
            }
            boolean backPointer = from < s.end() && ClaimWords.BACK_POINTERS.contains(index.get(from).folded());
            // قال فيه / حذرت فيه: the subject and the medium were named before the cue, in the same sentence
            Channels.Channel ch = backPointer ? Channels.findMedium(index, s.first(), cue.first())
                    : Channels.find(index, speakerFrom, regionEnd);
            if (ch != null) {
                channel = ch.text();
            }
            Ref named = backPointer ? null : subject(speakerFrom, regionEnd, ch);
            Speaker speaker = named != null ? speakerOf(named, speakerFrom) : null;
            Speaker role = backPointer || c == null ? null : rolePhrase(speakerFrom, c.regionEnd(), named, ch);
            if (role != null) {
                speaker = role;
            }
            boolean pronounSubject = false;
            if (c == null) {
                // denials, accusations, threats and demands without أن: the object phrase to the end of the clause
                boolean namedSubject = named != null && index.firstAtOrAfter(named.start()) <= from + 2;
                int object = -1;
                if (cue.stance() != Stance.ASSERTS && cue.stance() != Stance.REPORTS) {
                    Speaker before = named == null || cue.stance() != Stance.ALLEGES ? null : unnamedBefore(named, speakerFrom);
                    if (before != null) {
                        speaker = before; // ويتهم منتقدون الرئيس X بـ: the accusers come first, X is accused
                        object = index.firstAtOrAfter(speakerStart(named, speakerFrom));
                    } else if (namedSubject) {
                        object = index.firstAtOrAfter(named.end());
                    } else {
                        int k = backPointer ? from + 1 : skipFillers(speakerFrom, s.end());
                        int head = Subjects.phraseEnd(index, k, s.end());
                        if (!backPointer && head >= k) {
                            speaker = new Speaker(null, index.textOf(k, head)); // ونفت الوزارة الاتهامات
                            object = head + 1;
                        } else if (backPointer) {
                            object = k; // اتهم فيه X: the subject was named before the cue
                        } else if (cue.kind() == Cue.Kind.PARTICIPLE || opensClause(cue, s)) {
                            speaker = null; // كما نفى جميع التهم: the subject is the one spoken of before
                            named = null;
                            pronounSubject = true;
                            object = k;
                        }
                    }
                }
                if (object < 0) {
                    // أعلن عدد من المقاتلين ... عزمهم ...، مؤكدين أن: a later participle speaks for this subject
                    pendingSubject = named != null ? speakerOf(named, speakerFrom) : sourcePhrase(speakerFrom, regionEnd, ch);
                    pendingSentence = s;
                    return from;
                }
                if (ch != null && ch.first() == object) {
                    object = ch.last() + 1;
                }
                while (object < s.end() && index.get(object).punct() && !isOpenQuote(index.get(object))) {
                    object++;
                }
                if (object >= s.end() || isStop(index.get(object))) {
                    return from;
                }
                c = new Content(object, index.get(object).start(), clauseEnd(object, s), false);
                if (c.end() <= c.start()) {
                    return from;
                }
            }
            if (speaker == null && !backPointer && !pronounSubject) {
                speaker = sourcePhrase(speakerFrom, c.regionEnd(), ch);
                // before إلى / من / بـ the words after the cue may be its object (دعوا باقي المقاتلين إلى)
                if (speaker != null && !c.marked() && !ClaimWords.SOURCE_NOUNS.contains(
                        stripConjunction(org.isnad.arabic.ArabicNormalizer.fold(speaker.text().split("\\s+")[0])))) {
                    speaker = null;
                }
            }
            if (speaker == null && backPointer) {
                Ref r = firstRef(s.first(), cue.first(), ch);
                speaker = r != null && r.type() != EntityType.LOCATION ? speakerOf(r, s.first()) : null;
            }
            if (speaker == null && backPointer && !c.marked()) {
                return c.regionEnd(); // ظهرت والدة الفتاة بمقطع ناشدت فيه: an unnamed subject before the cue is not guessed
            }
            if (speaker == null && !c.marked() && cue.kind() == Cue.Kind.VERB && !backPointer && !pronounSubject) {
                return from; // تهدد الاستقرار ... إلى جانب: a verb with no subject and no أن is no statement
            }
            if (speaker == null && cue.kind() != Cue.Kind.PARTICIPLE) {
                speaker = before(cue, s);
            }
            if (speaker == null && c.marked()) {
                speaker = unnamedBeforeVerb(cue, s);
            }
            if (speaker == null && pronounSubject) {
                speaker = continuing(s);
            }
            if (speaker == null && cue.kind() == Cue.Kind.PARTICIPLE && pendingSentence != s) {
                speaker = clauseSubject(cue, s); // وأبقى الأردن حدوده مغلقة قائلاً: the subject of the clause's verb
            }
            if (speaker == null) {
                speaker = implicit(cue, s);
            }
            if (speaker != null) {
                add(cue, speaker, channel, c.start(), c.end());
            }
            return c.regionEnd();
        }

        /**
         * The named subject after a cue: the first entity mention in the region, unless the region
         * opens with an unnamed source ({@code مصدر محلي من X}); a place only as the first word
         * ({@code قالت العاصمة}), since elsewhere it is part of a role or source phrase.
         */
        private Ref subject(int from, int to, Channels.Channel ch) {
            int i = from;
            while (i < to && ClaimWords.FILLERS.contains(index.get(i).folded())) {
                i++;
            }
            if (i < to && ClaimWords.SOURCE_NOUNS.contains(stripConjunction(index.get(i).folded()))) {
                return null;
            }
            Ref r = firstRef(from, to, ch);
            if (r != null && r.type() != EntityType.PERSON && i < to && isRole(index.get(i).folded())) {
                Ref person = personAfter(r, to, ch);
                if (person != null) {
                    return person; // منسق الأمم المتحدة ... فلان: the coordinator, not the UN
                }
            }
            if (r != null && r.type() == EntityType.LOCATION && index.firstAtOrAfter(r.start()) > i) {
                return null;
            }
            return r;
        }

        /** The first person named after {@code r} within words up to {@code to}, outside the channel. */
        private Ref personAfter(Ref r, int to, Channels.Channel ch) {
            int end = index.get(Math.min(to, index.size()) - 1).end();
            for (Ref o : refs) {
                if (o.start() >= r.end() && o.end() <= end && o.type() == EntityType.PERSON
                        && (ch == null || o.start() >= index.get(ch.last()).end() || o.end() <= index.get(ch.first()).start())) {
                    return o;
                }
            }
            return null;
        }

        private static boolean isRole(String folded) {
            return Titles.isTitle(folded) || ClaimWords.ROLES.contains(org.isnad.claims.text.Clitics.stripArticle(folded));
        }

        /**
         * A speaker written as a role phrase rather than as the entity inside it: {@code أمين اللجنة
         * التنفيذية لمنظمة التحرير} (the secretary, not the organisation), or a name the recognizer missed
         * followed by its title ({@code فلان، أمين سر ...}). Null when the region opens otherwise.
         */
        private Speaker rolePhrase(int from, int to, Ref named, Channels.Channel ch) {
            int i = skipFillers(from, to);
            if (i >= to || index.get(i).punct()) {
                return null;
            }
            int limit = ch != null && ch.first() > i ? Math.min(to, ch.first()) : to;
            boolean institution = Subjects.phraseEnd(index, i, limit) >= 0 && !isRole(index.get(i).folded());
            if (named != null && named.type() != EntityType.PERSON && (isRole(index.get(i).folded()) || institution)
                    && index.firstAtOrAfter(named.start()) > i && named.end() <= index.get(limit - 1).end()) {
                int last = index.lastEndingBy(named.end());
                int name = last;
                while (name + 1 < limit && name - last < 3 && !index.get(name + 1).punct()
                        && !PREPOSITIONS.contains(index.get(name + 1).folded()) && !ClaimWords.isMarker(index.get(name + 1).folded())) {
                    name++; // الأمين العام لمنظمة التحرير فلان: the name after the title, recognized or not
                }
                // an institution named in full is the entity (وكالة الأنباء الرسمية X); a role holder is not
                return new Speaker(institution && named.type() == EntityType.ORGANIZATION ? named.entity() : null,
                        index.textOf(i, institution ? last : name));
            }
            int comma = i;
            while (comma < limit && !index.get(comma).punct()) {
                comma++;
            }
            boolean noRefBefore = named == null || index.firstAtOrAfter(named.start()) > comma;
            if (noRefBefore && comma > i && comma - i <= 4 && comma + 1 < limit && MentionEnds.isComma(index.get(comma))
                    && isRole(index.get(comma + 1).folded()) && !isRole(index.get(i).folded())
                    && !ClaimWords.SOURCE_NOUNS.contains(index.get(i).folded()) && !PREPOSITIONS.contains(index.get(i).folded())
                    && Subjects.phraseEnd(index, i, limit) < 0) {
                return new Speaker(null, index.textOf(i, comma - 1));
            }
            return null;
        }

        /** Index of a relaying cue ({@code نقلاً عن}, {@code بحسب}) among words {@code [from, to)}, or -1. */
        private int relayed(int from, int to) {
            for (int j = from + 1; j < to; j++) {
                Cue c = Cues.at(index.words(), j);
                if (c != null && isRelay(c)) {
                    return j;
                }
            }
            return -1;
        }

        private int relayEnd(int relay) {
            return Cues.at(index.words(), relay).last() + 1;
        }

        /**
         * The accuser written before the named accused ({@code ويتهم منتقدون الرئيس X}): one or two
         * words right after the cue that are neither the entity's title nor punctuation; null otherwise.
         */
        private Speaker unnamedBefore(Ref named, int from) {
            int k = skipFillers(from, index.size());
            int start = index.firstAtOrAfter(speakerStart(named, from));
            if (start <= k || start - k > 2) {
                return null;
            }
            for (int j = k; j < start; j++) {
                Word w = index.get(j);
                if (w.punct() || isRole(w.folded()) || PREPOSITIONS.contains(w.folded())) {
                    return null;
                }
            }
            return new Speaker(null, index.textOf(k, start - 1));
        }

        /**
         * The subject of the clause a participle continues when no statement was made in its sentence:
         * the first entity named in the sentence before it; a place only among the first three words
         * ({@code وأبقى الأردن ...، قائلاً}), where it is the verb's subject and not a location.
         */
        private Speaker clauseSubject(Cue cue, Sentences.Range s) {
            int first = s.first();
            if (lastSpeakerSentence == s) {
                first = Math.max(first, index.firstAtOrAfter(lastClaimEnd)); // only a subject after the last statement
            }
            if (first >= cue.first()) {
                return null;
            }
            int from = index.get(first).start();
            int to = index.get(cue.first()).start();
            for (Ref r : refs) {
                if (r.start() < from || r.end() > to) {
                    continue;
                }
                if (r.type() != EntityType.LOCATION || index.firstAtOrAfter(r.start()) - first <= 2) {
                    return speakerOf(r, first);
                }
            }
            for (int k = first; k < cue.first() && k - first <= 3; k++) {
                int end = Subjects.phraseEnd(index, k, cue.first());
                if (end >= k) {
                    return new Speaker(null, index.textOf(k, end)); // كما انتقدت وزارة الخارجية ... قائلة
                }
            }
            return null;
        }

        /**
         * An unnamed subject written before a plural present verb ({@code ولكن مصادر في المعارضة يقولون إن}):
         * the words from the clause's start (the sentence, a comma or a contrast word) to the verb, when they
         * open with a source noun or an institution and are at most six words.
         */
        private Speaker unnamedBeforeVerb(Cue cue, Sentences.Range s) {
            String f = index.get(cue.first()).folded();
            if (cue.kind() != Cue.Kind.VERB || !f.endsWith("ون") || Cues.conjoined(f)) {
                return null;
            }
            int k = cue.first() - 1;
            while (k >= s.first() && !index.get(k).punct() && !CONTRASTS.contains(index.get(k).folded())
                    && cue.first() - k <= 6) {
                k--;
            }
            int start = k + 1;
            if (start >= cue.first() || (k >= s.first() && !index.get(k).punct() && !CONTRASTS.contains(index.get(k).folded()))) {
                return null;
            }
            String head = index.get(start).folded();
            if (!ClaimWords.SOURCE_NOUNS.contains(head) && Subjects.phraseEnd(index, start, cue.first() + 1) < 0) {
                return null;
            }
            return new Speaker(null, index.textOf(start, cue.first() - 1));
        }

        private static final Set<String> CONTRASTS = Set.of("لكن", "ولكن", "بينما", "فيما", "لكنّ");

        private static String stripConjunction(String f) {
            return f.length() > 3 && f.charAt(0) == 'و' ? f.substring(1) : f;
        }

        private int accordingTo(Cue cue, Sentences.Range s) {
            int from = cue.last() + 1;
            if (from + 1 < s.end() && index.get(from).folded().equals("ما") && Cues.at(index.words(), from + 1) != null) {
                Cue verb = Cues.at(index.words(), from + 1);
                from = verb.last() + 1; // بحسب ما أفادت وكالة X: the source follows the verb
                int about = verb.family().equals("نقل") ? find(from, Math.min(s.end(), from + 8), "عن") : -1;
                if (about > from) {
                    from = about + 1; // بحسب ما نقلت X عن Y: Y is the source, X the relay
                }
            }
            int sourceEnd = from;
            while (sourceEnd < s.end() && !index.get(sourceEnd).punct() && sourceEnd - from < 8) {
                sourceEnd++;
            }
            if (sourceEnd == from) {
                return from;
            }
            Ref named = subject(from, sourceEnd, null);
            Speaker speaker = named != null ? speakerOf(named, from) : new Speaker(null, index.textOf(from, sourceEnd - 1));
            String firstWord = index.get(from).text();
            if (named == null && cue.family().equals("وفقاً لـ") && firstWord.startsWith("ل") && firstWord.length() > 2) {
                int skip = firstWord.charAt(1) == '\u0640' ? 2 : 1; // وفقاً لمصادر: the source starts after the lam
                speaker = new Speaker(null, (firstWord.startsWith("لل") ? "ا" : "") + speaker.text().substring(skip));
            }
            int start;
            int end;
            if (cue.first() == s.first()) {
                int k = sourceEnd;
                while (k < s.end() && index.get(k).punct()) {
                    k++;
                }
                if (k < s.end() && ClaimWords.isBareMarker(index.get(k).folded())) {
                    k++;
                }
                if (k >= s.end()) {
                    return from;
                }
                start = index.get(k).start();
                end = sentenceEnd(s);
            } else {
                int last = cue.first() - 1;
                while (last >= s.first() && index.get(last).punct()) {
                    last--;
                }
                if (last < s.first()) {
                    return from;
                }
                start = index.get(s.first()).start();
                end = index.get(last).end();
            }
            add(cue, speaker, null, start, end);
            return sourceEnd;
        }

        private int news(Cue cue, Sentences.Range s) {
            for (int j = cue.last() + 1; j < s.end() && j <= cue.last() + 4; j++) {
                String f = index.get(j).folded();
                if (ClaimWords.isMarker(f) || f.equals("عن") || f.equals("حول")) {
                    int k = ClaimWords.isMarker(f) && !ClaimWords.isBareMarker(f) ? j : j + 1;
                    if (k < s.end()) {
                        add(cue, new Speaker(null, index.get(cue.last()).text()), null, index.get(k).start(), sentenceEnd(s));
                    }
                    return k;
                }
            }
            return cue.last() + 1;
        }

        /** The content after a verb cue, or null when there is none. */
        private Content content(Cue cue, int from, Sentences.Range s) {
            int limit = Math.min(s.end(), from + MAX_CUE_TO_CONTENT);
            for (int j = from; j < limit; j++) {
                Word w = index.get(j);
                String f = w.folded();
                Cue next = j > from ? Cues.at(index.words(), j) : null;
                if (next != null && cue.kind() != Cue.Kind.PARTICIPLE && !isRelay(next)) {
                    return null;
                }
                if (ClaimWords.isMarker(f)) {
                    if (!ClaimWords.isBareMarker(f)) {
                        return new Content(j, w.start(), sentenceEnd(s), true);
                    }
                    return j + 1 < s.end() && !isStop(index.get(j + 1))
                            ? new Content(j, index.get(j + 1).start(), sentenceEnd(s), true) : null;
                }
                if (w.punct() && (w.text().equals(":") || (isOpenQuote(w) && (j == from || isColonOrComma(index.get(j - 1)))))) {
                    int q = w.text().equals(":") ? j + 1 : j;
                    if (q < index.size() && isOpenQuote(index.get(q))) {
                        int close = closingQuote(index.get(q));
                        if (close > index.get(q).end()) {
                            return new Content(j, index.get(q).end(), close, true);
                        }
                    }
                    if (w.text().equals(":") && j + 1 < s.end()) {
                        return new Content(j, index.get(j + 1).start(), sentenceEnd(s), true);
                    }
                }
                if (j > from && (cue.stance() == Stance.DEMANDS || cue.stance() == Stance.THREATENS)) {
                    if ((f.equals("الي") || (f.equals("من") && cue.stance() == Stance.THREATENS)) && j + 1 < s.end()) {
                        return new Content(j, index.get(j + 1).start(), sentenceEnd(s), false);
                    }
                    if (f.equals("ب") && j + 1 < s.end()) {
                        return new Content(j, index.get(j + 1).start(), sentenceEnd(s), false);
                    }
                    if (isActionAfterBa(f)) {
                        int skip = w.text().length() > 1 && w.text().charAt(1) == '\u0640' ? 2 : 1;
                        return new Content(j, w.start() + skip, sentenceEnd(s), false);
                    }
                }
            }
            return null;
        }

        /** {@code نقلاً عن}, {@code بحسب}: a source named inside another's statement, which goes on past it. */
        private static boolean isRelay(Cue c) {
            return c.kind() == Cue.Kind.ACCORDING_TO && !c.family().equals("وفقاً لـ");
        }

        /** First entity mention inside words {@code [from, to)} outside the channel; a non-location if there is one. */
        private Ref firstRef(int from, int to, Channels.Channel ch) {
            if (from >= to || from >= index.size()) {
                return null;
            }
            int start = index.get(from).start();
            int end = index.get(Math.min(to, index.size()) - 1).end();
            Ref location = null;
            for (Ref r : refs) {
                if (r.start() < start || r.end() > end) {
                    continue;
                }
                if (ch != null && r.start() < index.get(ch.last()).end() && r.end() > index.get(ch.first()).start()) {
                    continue;
                }
                if (r.type() != EntityType.LOCATION) {
                    return r;
                }
                if (location == null) {
                    location = r;
                }
            }
            return location;
        }

        /** The entity as speaker, its text widened to the titles written just before it. */
        private Speaker speakerOf(Ref r, int from) {
            String text = article.text();
            int start = speakerStart(r, from);
            int end = r.end();
            while (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
                end++; // غودفري-غولدشتاين: a hyphenated name is one name
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
            }
            String written = text.substring(start, end);
            if (start == r.start() && start >= 2 && text.startsWith("لل", start - 2)
                    && (start == 2 || !Character.isLetter(text.charAt(start - 3)))) {
                written = "ال" + written; // للمرصد: the article's alef is elided after لـ
            }
            return new Speaker(r.entity(), written);
        }

        /** Where the entity's speaker text starts: the titles written just before it included. */
        private int speakerStart(Ref r, int from) {
            int i = index.firstAtOrAfter(r.start());
            int first = i;
            while (first - 1 >= from && !index.get(first - 1).punct() && Titles.isTitle(index.get(first - 1).folded())) {
                first--;
            }
            return first < i ? index.get(first).start() : r.start();
        }

        private int skipFillers(int i, int to) {
            while (i < to && ClaimWords.FILLERS.contains(index.get(i).folded())) {
                i++;
            }
            return i;
        }

        /**
         * True when a cue with no subject written opens its clause: first in the sentence (with or
         * without {@code و ف}), after a comma, or after a connective ({@code كما نفى}, {@code ثم هدد}).
         */
        private boolean opensClause(Cue cue, Sentences.Range s) {
            int k = cue.first() - 1;
            if (k < s.first()) {
                return true;
            }
            Word w = index.get(k);
            return MentionEnds.isComma(w) || (!w.punct() && ClaimWords.CONNECTIVES.contains(w.folded()));
        }

        /**
         * End of the clause that starts at word {@code from}: before the next reporting cue in the
         * sentence ({@code ...، وزعم أن}), else the sentence end; trailing punctuation left out.
         */
        private int clauseEnd(int from, Sentences.Range s) {
            for (int j = from + 1; j < s.end(); j++) {
                if (Cues.at(index.words(), j) != null) {
                    int last = j - 1;
                    while (last > from && index.get(last).punct() && !isCloseQuote(index.get(last))) {
                        last--;
                    }
                    return index.get(last).end();
                }
            }
            int end = sentenceEnd(s);
            int last = index.lastEndingBy(end);
            while (last > from && index.get(last).punct() && ":،,".contains(index.get(last).text())) {
                last--;
            }
            return index.get(last).end();
        }

        /**
         * The speaker a pronoun subject continues: the last claim's, when it was made in this sentence
         * or the one before it within the same paragraph.
         */
        private Speaker continuing(Sentences.Range s) {
            if (lastSpeaker == null || lastSpeaker.entity() == null) {
                return null;
            }
            if (lastSpeakerSentence == s) {
                return lastSpeaker;
            }
            if (lastSpeakerSentence == previousSentence && previousSentence != null) {
                int gapFrom = index.get(previousSentence.end() - 1).end();
                int gapTo = index.get(s.first()).start();
                return index.text().substring(gapFrom, gapTo).indexOf('\n') < 0 ? lastSpeaker : null;
            }
            return null;
        }

        /** The unnamed source between cue and content: {@code مصادر أمنية}, {@code مراقبون}. */
        private static final Set<String> PREPOSITIONS = Set.of("في", "علي", "عن", "عبر", "خلال", "مع", "الي", "لدي");

        private Speaker sourcePhrase(int from, int to, Channels.Channel ch) {
            int i = from;
            while (i < to && ClaimWords.FILLERS.contains(index.get(i).folded())) {
                i++;
            }
            if (i < to && PREPOSITIONS.contains(index.get(i).folded())) {
                return null; // وذكرت في خبر نشر ...: the subject was not written after the cue
            }
            int last = i - 1;
            while (last + 1 < to && last + 1 - i < MAX_SOURCE_WORDS && !index.get(last + 1).punct()
                    && (ch == null || last + 1 < ch.first())) {
                last++;
            }
            while (last >= i && (ClaimWords.FILLERS.contains(index.get(last).folded())
                    || PREPOSITIONS.contains(index.get(last).folded()))) {
                last--; // قالت أجهزة الطوارئ في #البلد: the phrase stops before the preposition; قالت في بيان: none
            }
            return last >= i ? new Speaker(null, index.textOf(i, last)) : null;
        }

        /** A named subject right before the cue: {@code س ص قال إن}. */
        private Speaker before(Cue cue, Sentences.Range s) {
            if (Cues.conjoined(index.get(cue.first()).folded())) {
                return null; // ...لتنظيم القاعدة، ولفت إلى: a name before وَ + verb is not its subject
            }
            int k = cue.first() - 1;
            while (k >= s.first() && MentionEnds.isComma(index.get(k))) {
                k--;
            }
            if (k < s.first()) {
                return null;
            }
            int end = index.get(k).end();
            for (Ref r : refs) {
                if (r.end() == end && r.start() >= index.get(s.first()).start() && r.type() != EntityType.LOCATION) {
                    return speakerOf(r, s.first());
                }
            }
            return null;
        }

        /** The speaker of a cue with no subject written: the previous statement's, or the one person just named. */
        private Speaker implicit(Cue cue, Sentences.Range s) {
            if (cue.kind() == Cue.Kind.PARTICIPLE && lastSpeakerSentence == s) {
                return lastSpeaker;
            }
            if (pendingSentence == s && pendingSubject != null
                    && (cue.kind() == Cue.Kind.PARTICIPLE || lastSpeakerSentence != s)) {
                // أعلنت X مسؤوليتها عن الهجوم، وقالت "...": the subject of this sentence, not the last speaker
                return pendingSubject;
            }
            Set<String> persons = new LinkedHashSet<>();
            Ref lastRef = null;
            int from = previousSentence != null ? index.get(previousSentence.first()).start() : index.get(s.first()).start();
            int to = index.get(cue.first()).start();
            for (Ref r : refs) {
                if (r.start() >= from && r.end() <= to && r.type() == EntityType.PERSON) {
                    persons.add(r.entity());
                    lastRef = r;
                }
            }
            if (persons.size() == 1) {
                return new Speaker(lastRef.entity(), article.text().substring(lastRef.start(), lastRef.end()));
            }
            if (lastSpeaker != null && (lastSpeakerSentence == s || lastSpeakerSentence == previousSentence)) {
                return lastSpeaker;
            }
            return null;
        }

        private void add(Cue cue, Speaker speaker, String channel, int start, int end) {
            String text = article.text();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end <= start) {
                return;
            }
            String cueText = index.textOf(cue.first(), cue.last());
            claims.add(new Claim(article.id() + "-c" + (claims.size() + 1), SourceSpan.of(article, new Span(start, end)),
                    speaker.entity(), speaker.text(), channel, cueText, cue.stance(), List.of(), List.of(), story));
            lastSpeaker = speaker;
            lastSpeakerSentence = current;
            lastClaimEnd = end;
        }

        /** End of the sentence's last word that is not final punctuation. */
        private int sentenceEnd(Sentences.Range s) {
            int last = s.end() - 1;
            while (last > s.first() && index.get(last).punct() && ".!?؟".contains(index.get(last).text())) {
                last--;
            }
            return index.get(last).end();
        }

        private int find(int from, int to, String folded) {
            for (int j = from; j < to; j++) {
                if (index.get(j).folded().equals(folded)) {
                    return j;
                }
            }
            return -1;
        }

        /** Offset of the quote closing the one at {@code open}, or -1. */
        private int closingQuote(Word open) {
            char o = open.text().charAt(0);
            char c = o == '«' ? '»' : o == '“' ? '”' : o;
            int k = article.text().indexOf(c, open.end());
            return k < 0 || k - open.end() > 1500 ? -1 : k;
        }

        /**
         * {@code بضرورة}, {@code بالإفراج}, {@code بتسليم}, {@code بفتح}: a verbal noun after {@code بـ}
         * opening what is demanded or threatened (not {@code بلدة} or {@code بيان}).
         */
        private static boolean isActionAfterBa(String f) {
            if (f.length() < 4 || f.charAt(0) != 'ب') {
                return false;
            }
            String rest = f.substring(1);
            return rest.startsWith("ال") || rest.startsWith("ت") || (rest.startsWith("ا") && rest.length() >= 4)
                    || ACTION_NOUNS.contains(rest);
        }

        private static final Set<String> ACTION_NOUNS = Set.of("ضروره", "عدم", "فتح", "وقف", "رفع", "سحب", "منع", "حل",
                "طرد", "فك", "رد", "قصف", "ضرب", "محاسبه", "محاكمه", "معاقبه", "حمايه", "كشف", "نقل");

        private static boolean isOpenQuote(Word w) {
            return w.punct() && "\"«“".indexOf(w.text().charAt(0)) >= 0;
        }

        private static boolean isCloseQuote(Word w) {
            return w.punct() && "\"»”".indexOf(w.text().charAt(0)) >= 0;
        }

        private static boolean isColonOrComma(Word w) {
            return w.punct() && ":،,".contains(w.text());
        }

        private static boolean isStop(Word w) {
            return w.punct() && ".!?؟".contains(w.text());
        }
    }

    /** Punctuation helpers shared by the speaker search. */
    private static final class MentionEnds {
        static boolean isComma(Word w) {
            return w.punct() && (w.text().equals("،") || w.text().equals(","));
        }
    }
}
