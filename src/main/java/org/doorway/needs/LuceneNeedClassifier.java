package org.doorway.needs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Finds the need behind a staff member's words by comparing them, through a
 * stemming, synonym-aware Lucene analyzer, with labelled example phrasings
 * and the needs' own descriptions (BM25 nearest neighbours, aggregated per
 * label), with explicit cues for faults and out-of-scope matters.
 * Immutable and thread-safe; the index is built once, in memory.
 */
public final class LuceneNeedClassifier implements NeedClassifier {

    /** Longer messages are cut here: the gist of a problem comes first, and queries stay fast. */
    public static final int MAX_CHARS = 2_000;
    /** Every outcome ranks this many needs, so "which is closest?" always has choices. */
    public static final int RANKED_NEEDS = 5;

    /** Net cue strength from which a message counts as describing breakage. */
    private static final double CLEAR_CUE = 0.35;
    /** Profiles differ in length only because some labels have more phrasings: barely penalise that. */
    private static final float PROFILE_B = 0.3f;

    /** Recognised words from which the evidence counts as complete. */
    private static final int WORDS_FOR_FULL_CONFIDENCE = 3;

    private final NeedVocabulary vocabulary;
    private final ExampleIndex index;
    private final ExampleIndex profiles;
    private final int labelCount;
    private final CueRules cues;
    private final Tuning tuning;
    private final Map<String, List<String>> labelled;

    public LuceneNeedClassifier(NeedVocabulary vocabulary, ExamplePhrasings phrasings, Tuning tuning) {
        this(vocabulary, phrasings, CueRules.bundled(), tuning);
    }

    LuceneNeedClassifier(NeedVocabulary vocabulary, ExamplePhrasings phrasings, CueRules cues, Tuning tuning) {
        this.vocabulary = vocabulary;
        this.cues = cues;
        this.tuning = tuning;
        this.labelCount = vocabulary.needs().size() + 2;
        var analyzer = DomainAnalyzer.withBundledSynonyms();
        this.labelled = withDescriptions(vocabulary, phrasings);
        this.index = new ExampleIndex(analyzer, labelled, new BM25Similarity(tuning.k1(), tuning.b()));
        this.profiles = new ExampleIndex(analyzer, asProfiles(labelled), new BM25Similarity(tuning.k1(), PROFILE_B));
    }

    /** The phrasings and need descriptions the classifier compares messages with, by label. */
    Map<String, List<String>> labelledTexts() {
        return labelled;
    }

    /** The classifier with Doorway's bundled phrasings, synonyms, cues and tuning. */
    public static LuceneNeedClassifier withDefaults(NeedVocabulary vocabulary) {
        return new LuceneNeedClassifier(vocabulary, ExamplePhrasings.bundled(vocabulary), Tuning.defaults());
    }

    public static LuceneNeedClassifier withDefaults() {
        return withDefaults(NeedVocabulary.bundled());
    }

    @Override
    public Classification classify(String text) {
        return decide(evidence(text));
    }

    /** What the index, the profiles and the cues make of a text, before any decision. */
    Evidence evidence(String text) {
        String clean = normalise(text);
        Set<String> terms = index.terms(clean);
        var neighbours = index.nearest(terms, tuning.neighbours());
        String lower = clean.toLowerCase(Locale.ROOT);
        double faultCue = cues.strength(Labels.FAULT, lower);
        double outOfScopeCue = cues.strength(Labels.OUT_OF_SCOPE, lower);
        Map<String, Double> lift = Map.of(
                Labels.FAULT, tuning.faultCueWeight() * faultCue,
                Labels.OUT_OF_SCOPE, tuning.outOfScopeCueWeight() * outOfScopeCue);
        // Fault phrasings name every tool, so without breakage wording they would outvote the need;
        // out-of-scope phrasings share everyday words ("next year", "my room") with teaching questions.
        Map<String, Double> scale = Map.of(
                Labels.FAULT, faultCue >= CLEAR_CUE ? 1.0 : tuning.faultWithoutCue(),
                Labels.OUT_OF_SCOPE, outOfScopeCue >= CLEAR_CUE ? 1.0 : tuning.outOfScopeWithoutCue());
        var profileHits = profiles.nearest(terms, labelCount).hits();
        var ranked = LabelScores.rank(neighbours.hits(), profileHits, scale, lift, tuning);
        return new Evidence(ranked, neighbours.knownWords(), faultCue, outOfScopeCue);
    }

    /**
     * The Lucene view of a text: every matched label's probability, best first, how many of
     * its words the index knows exactly, and the net fault and out-of-scope cue strengths.
     */
    record Evidence(List<LabelScores.Ranked> ranked, int knownWords, double faultCue, double outOfScopeCue) {}

    Classification decide(Evidence evidence) {
        var ranked = evidence.ranked();
        if (ranked.isEmpty()) {
            return new Classification.Unsure(fallbackNeeds(), 0.0);
        }
        var needs = rankedNeeds(ranked);
        var top = ranked.get(0);
        // A softmax is sure of anything when only one label matched at all: temper it by how
        // much of the message was actually recognised, so one word or a typo never looks certain.
        double confidence = top.probability() * Math.min(1.0, evidence.knownWords() / (double) WORDS_FOR_FULL_CONFIDENCE);
        if (evidence.knownWords() == 0) {
            // Only guessed words matched (typos of known terms): too little to call it a fault or out of scope.
            return new Classification.Unsure(needs, confidence);
        }
        return switch (top.label()) {
            case Labels.FAULT -> new Classification.Fault(needs, confidence);
            case Labels.OUT_OF_SCOPE -> new Classification.OutOfScope(needs, confidence);
            default -> confidence >= tuning.matchThreshold()
                    ? new Classification.Matched(needs, confidence)
                    : new Classification.Unsure(needs, confidence);
        };
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return cut.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    List<ScoredNeed> rankedNeeds(List<LabelScores.Ranked> ranked) {
        var needs = new ArrayList<ScoredNeed>();
        for (var r : ranked) {
            if (vocabulary.contains(r.label()) && needs.size() < RANKED_NEEDS) {
                needs.add(new ScoredNeed(r.label(), r.probability()));
            }
        }
        // Pad with unscored needs so that every answer offers enough choices.
        for (var need : vocabulary.needs()) {
            if (needs.size() >= RANKED_NEEDS) {
                break;
            }
            if (needs.stream().noneMatch(n -> n.needId().equals(need.id()))) {
                needs.add(new ScoredNeed(need.id(), 0.0));
            }
        }
        return needs;
    }

    /** All of a label's phrasings as one text: one document per label. */
    private static Map<String, List<String>> asProfiles(Map<String, List<String>> labelled) {
        var profiles = new java.util.LinkedHashMap<String, List<String>>();
        labelled.forEach((label, texts) -> profiles.put(label, List.of(String.join("\n", texts))));
        return profiles;
    }

    List<ScoredNeed> fallbackNeeds() {
        return rankedNeeds(List.of());
    }

    static Map<String, List<String>> withDescriptions(NeedVocabulary vocabulary, ExamplePhrasings phrasings) {
        var all = new java.util.LinkedHashMap<String, List<String>>();
        phrasings.byLabel().forEach((label, texts) -> all.put(label, new ArrayList<>(texts)));
        for (var need : vocabulary.needs()) {
            all.computeIfAbsent(need.id(), id -> new ArrayList<>()).add(need.name() + ". " + need.about());
        }
        return all;
    }
}
