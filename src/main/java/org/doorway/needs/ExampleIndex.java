package org.doorway.needs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory BM25 index of labelled phrasings (one document each) that
 * answers "which labels do the nearest phrasings carry?". Built once;
 * searching is thread-safe, as {@link IndexSearcher} is.
 */
final class ExampleIndex {
    static final String TEXT = "text";
    /** Bag of words with frequencies and norms (BM25 needs both); positions are never used. */
    private static final FieldType TERMS_ONLY = termsOnly();

    private static final float TYPO_BOOST = 0.7f;

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final String[] labelOfDoc;
    private final TypoCorrector typos;
    private final java.util.Set<String> knownTerms;

    ExampleIndex(Analyzer analyzer, Map<String, java.util.List<String>> phrasingsByLabel, BM25Similarity similarity) {
        this.analyzer = analyzer;
        try {
            var directory = new ByteBuffersDirectory();
            // One flush, no merges, no compound files, no stored fields: built in one go, searched in memory.
            var config = new IndexWriterConfig(analyzer).setSimilarity(similarity)
                    .setMergePolicy(NoMergePolicy.INSTANCE).setMergeScheduler(new SerialMergeScheduler())
                    .setUseCompoundFile(false).setRAMBufferSizeMB(64);
            var labels = new java.util.ArrayList<String>();
            try (var writer = new IndexWriter(directory, config)) {
                for (var entry : phrasingsByLabel.entrySet()) {
                    for (String text : entry.getValue()) {
                        var doc = new Document();
                        doc.add(new Field(TEXT, text, TERMS_ONLY));
                        writer.addDocument(doc);
                        labels.add(entry.getKey());
                    }
                }
            }
            this.labelOfDoc = labels.toArray(String[]::new);
            var reader = DirectoryReader.open(directory);
            if (reader.leaves().size() != 1) {
                throw new IllegalStateException("expected one segment, so that doc ids follow insertion order");
            }
            this.searcher = new IndexSearcher(reader);
            var frequencies = termFrequencies(reader);
            this.knownTerms = java.util.Set.copyOf(frequencies.keySet());
            this.typos = new TypoCorrector(frequencies);
            this.searcher.setSimilarity(similarity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct analysed terms of a text, synonym concepts included. */
    LinkedHashSet<String> terms(String text) {
        try {
            return new LinkedHashSet<>(DomainSynonyms.terms(analyzer, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The nearest phrasings to the terms, best first, with their labels.
     * Terms the index has never seen are matched loosely (one slip, so
     * "questons" finds "question"), as staff type fast; other unknowns drop out.
     */
    Neighbours nearest(java.util.Collection<String> terms, int k) {
        var query = new BooleanQuery.Builder();
        int clauses = 0;
        int knownWords = 0;
        for (String term : terms) {
            Query clause = clauseFor(term);
            if (clause != null && clauses++ < IndexSearcher.getMaxClauseCount()) {
                query.add(clause, BooleanClause.Occur.SHOULD);
                if (clause instanceof TermQuery && !term.startsWith(DomainSynonyms.CONCEPT_PREFIX)) {
                    knownWords++;
                }
            }
        }
        if (clauses == 0) {
            return new Neighbours(new Hit[0], 0);
        }
        try {
            ScoreDoc[] docs = searcher.search(query.build(), k).scoreDocs;
            var hits = new Hit[docs.length];
            for (int i = 0; i < docs.length; i++) {
                hits[i] = new Hit(labelOfDoc[docs[i].doc], docs[i].score);
            }
            return new Neighbours(hits, knownWords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query clauseFor(String term) {
        if (knownTerms.contains(term)) {
            return new TermQuery(new Term(TEXT, term));
        }
        String corrected = term.startsWith(DomainSynonyms.CONCEPT_PREFIX) ? null : typos.correct(term);
        // A guessed word is weaker evidence than the word itself.
        return corrected == null ? null : new BoostQuery(new TermQuery(new Term(TEXT, corrected)), TYPO_BOOST);
    }

    private static Map<String, Integer> termFrequencies(DirectoryReader reader) throws IOException {
        var frequencies = new java.util.HashMap<String, Integer>();
        var terms = reader.leaves().get(0).reader().terms(TEXT);
        if (terms != null) {
            var each = terms.iterator();
            for (var bytes = each.next(); bytes != null; bytes = each.next()) {
                frequencies.put(bytes.utf8ToString(), each.docFreq());
            }
        }
        return frequencies;
    }

    private static FieldType termsOnly() {
        var type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.freeze();
        return type;
    }

    record Hit(String label, float score) {}

    /** The nearest phrasings, and how many of the message's words the index knows exactly. */
    record Neighbours(Hit[] hits, int knownWords) {}
}
