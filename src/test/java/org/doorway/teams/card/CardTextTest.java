package org.doorway.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardTextTest {

    @Test
    void escape_makesMarkdownAndTagsLiteral() {
        assertThat(CardText.escape("[a](http://x) <at>b</at> *c* _d_ `e` #f ~g~ \\h"))
                .isEqualTo("\\[a\\]\\(http://x\\) \\<at\\>b\\</at\\> \\*c\\* \\_d\\_ \\`e\\` \\#f \\~g\\~ \\\\h");
    }

    @Test
    void escape_neutralisesListsAndHeadingsAtLineStartOnly() {
        assertThat(CardText.escape("- one\n  + two\n3. three\ne-learning 2.0\n===")).isEqualTo(
                "\\- one\n  \\+ two\n3\\. three\ne-learning 2.0\n\\===");
    }

    @Test
    void escape_dropsControlCharactersAndCutsLongText() {
        assertThat(CardText.escape("a\u0000b\r\nc")).isEqualTo("ab\nc");
        assertThat(CardText.escape("x".repeat(5000))).hasSize(CardText.MAX_LENGTH + 1).endsWith("…");
        assertThat(CardText.escape(null)).isEmpty();
    }

    @Test
    void safeUrl_acceptsOnlyAbsoluteHttpUrls() {
        assertThat(CardText.safeUrl("https://example.ac.uk/a?b=c")).contains("https://example.ac.uk/a?b=c");
        assertThat(CardText.safeUrl("HTTP://example.ac.uk")).isPresent();
        assertThat(CardText.safeUrl("javascript:alert(1)")).isEmpty();
        assertThat(CardText.safeUrl("data:text/html,x")).isEmpty();
        assertThat(CardText.safeUrl("/relative")).isEmpty();
        assertThat(CardText.safeUrl("https://a.example/x y")).isEmpty();
        assertThat(CardText.safeUrl(null)).isEmpty();
    }

    @Test
    void link_encodesParenthesesSoTheUrlCannotCloseTheLink() {
        assertThat(CardText.link("Guide", "https://a.example/x_(y)")).isEqualTo("[Guide](https://a.example/x_%28y%29)");
        assertThat(CardText.link("Guide", "mailto:x@y")).isEqualTo("Guide");
    }
}
