package org.doorway.needs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Staff English: standard tokens, possessives dropped, lower case, Porter
 * stems, domain synonyms on the stems, then a short stop list (stemmed too).
 * Stop words go last so that synonym phrases such as "post it" still match.
 * The stop list keeps negations and "how": "isn't", "not" and "can't"
 * separate faults from needs. Thread-safe, as Lucene analyzers are.
 */
final class DomainAnalyzer extends Analyzer {

    private static final List<String> STOP_WORDS = List.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
            "of", "on", "or", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
            "will", "with", "i", "me", "my", "we", "our", "you", "your", "so", "do", "im", "i'm", "i've",
            "i'd", "i'll", "them", "its", "it's", "am", "been", "has", "have", "had", "just", "would",
            "could", "should", "any", "some", "from", "about", "what", "which", "who", "bit", "really",
            "also", "very", "etc", "hi", "hello", "thanks", "please", "pls", "anyone", "someone");

    private final SynonymMap synonyms;
    private final CharArraySet stopStems;

    /** The bare chain (no synonyms, no stop words): analyses the synonym phrases themselves. */
    DomainAnalyzer() {
        this.synonyms = null;
        this.stopStems = null;
    }

    private DomainAnalyzer(SynonymMap synonyms, CharArraySet stopStems) {
        this.synonyms = synonyms;
        this.stopStems = stopStems;
    }

    static DomainAnalyzer withBundledSynonyms() {
        try (var base = new DomainAnalyzer()) {
            var stems = new CharArraySet(STOP_WORDS.size(), false);
            for (String word : STOP_WORDS) {
                stems.addAll(DomainSynonyms.terms(base, word));
            }
            return new DomainAnalyzer(DomainSynonyms.bundled(base), stems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new PorterStemFilter(stream);
        if (synonyms != null && synonyms.fst != null) {
            // Flattened because we only ever use the bag of terms, never positions.
            stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
        }
        if (stopStems != null) {
            stream = new StopFilter(stream, stopStems);
        }
        return new TokenStreamComponents(source, stream);
    }
}
