package org.doorway.needs;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Builds the domain synonym map from {@code synonyms.yaml}: each group maps
 * its phrases (tool names, abbreviations, everyday words) to one concept
 * token, keeping the original words, so "Panopto", "lecture capture" and
 * "recorded lectures" all share {@code syn:recording}. Phrases are analysed by
 * the same stemming chain as the text, so plurals and verb forms match too.
 */
final class DomainSynonyms {
    static final String CONCEPT_PREFIX = "syn:";

    private DomainSynonyms() {}

    static SynonymMap bundled(Analyzer base) {
        var groups = Resources.yaml("synonyms.yaml", new TypeReference<LinkedHashMap<String, List<String>>>() {});
        return build(groups, base);
    }

    static SynonymMap build(Map<String, List<String>> groups, Analyzer base) {
        try {
            var builder = new SynonymMap.Builder(true);
            for (var group : groups.entrySet()) {
                var concept = new CharsRef(CONCEPT_PREFIX + group.getKey());
                for (String phrase : group.getValue()) {
                    List<String> words = terms(base, phrase);
                    if (!words.isEmpty()) {
                        builder.add(join(words), concept, true);
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsRef join(List<String> words) {
        return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        var out = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
