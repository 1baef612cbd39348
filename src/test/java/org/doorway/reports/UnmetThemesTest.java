package org.doorway.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.doorway.needs.TextEmbedder;
import org.junit.jupiter.api.Test;

/** The things people keep asking for, found in what they wrote: grouped, ordered and labelled the same every time. */
class UnmetThemesTest {
    private static final List<String> ASKED = List.of(
            "Can students annotate a shared PDF together?", "I want my class to annotate the shared reading",
            "annotating a shared article in groups", "annotate shared slides before the seminar",
            "a podcast for my module", "students making podcasts", "could they record a podcast episode",
            "live captions in lectures please", "is there live captioning for the lecture theatre",
            "captions live for deaf students",
            "my cat Mr Whiskers");

    private static List<ReportQueries.RequestText> texts(List<String> asked) {
        List<ReportQueries.RequestText> texts = new ArrayList<>();
        for (int index = 0; index < asked.size(); index++) {
            texts.add(new ReportQueries.RequestText(index + 1, "staff", asked.get(index)));
        }
        return texts;
    }

    @Test
    void requestsThatShareWords_formThemesLargestFirst() {
        List<UnmetThemes.Theme> themes = new UnmetThemes(Optional.empty()).of(texts(ASKED));

        assertThat(themes).extracting(UnmetThemes.Theme::label)
                .containsExactly("annotate, shared", "captions, live", "podcast");
        assertThat(themes.get(0).requestIds()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(themes.get(2).requestIds()).containsExactly(5L, 6L, 7L);
        assertThat(themes).flatExtracting(UnmetThemes.Theme::requestIds).doesNotContain(11L).doesNotHaveDuplicates();
    }

    @Test
    void theSameRequestsInAnotherOrder_giveTheSameThemes() {
        List<ReportQueries.RequestText> shuffled = new ArrayList<>(texts(ASKED));
        Collections.shuffle(shuffled, new Random(7));
        List<UnmetThemes.Theme> again = new UnmetThemes(Optional.empty()).of(shuffled);

        assertThat(again).extracting(UnmetThemes.Theme::key)
                .containsExactlyElementsOf(new UnmetThemes(Optional.empty()).of(texts(ASKED)).stream()
                        .map(UnmetThemes.Theme::key).toList());
    }

    @Test
    void wordsFewerThanThreePeopleUsed_nameNoTheme() {
        assertThat(new UnmetThemes(Optional.empty()).of(texts(List.of("annotate pdf", "annotate pdf", "podcast"))))
                .isEmpty();
    }

    @Test
    void themesThatMeanTheSame_areMergedByTheEmbedder() {
        // A stand-in embedder: podcasts and captions "mean" the same, annotation something else.
        TextEmbedder meanings = new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                return text.contains("annotate") ? new float[] {1, 0} : new float[] {0, 1};
            }

            @Override
            public String model() {
                return "two-directions";
            }
        };
        List<UnmetThemes.Theme> themes = new UnmetThemes(Optional.of(meanings)).of(texts(ASKED));

        assertThat(themes).extracting(UnmetThemes.Theme::label).containsExactly("captions, live",
                "annotate, shared");
        assertThat(themes.get(0).requestIds()).containsExactlyInAnyOrder(8L, 9L, 10L, 5L, 6L, 7L);
    }
}
