package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

    @Test
    void escape_neutralises_mentions_and_links() {
        assertThat(Mrkdwn.escape("<!channel> & <@U1> <https://x|y>"))
                .isEqualTo("&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x|y&gt;");
    }

    @Test
    void link_only_for_http_urls() {
        assertThat(Mrkdwn.link("https://a.example/x?a=1&b=2", "Guide <1>"))
                .isEqualTo("<https://a.example/x?a=1&amp;b=2|Guide &lt;1&gt;>");
        assertThat(Mrkdwn.link("javascript:alert(1)", "Guide")).isEqualTo("Guide");
        assertThat(Mrkdwn.link("https://a.example/|<!channel>", "x"))
                .isEqualTo("<https://a.example/%7C%3C!channel%3E|x>");
        assertThat(Mrkdwn.link(null, "x")).isEqualTo("x");
    }

    @Test
    void escape_within_a_limit_never_splits_an_entity_or_a_surrogate_pair() {
        String cut = Mrkdwn.escape("a&&&&&&&&", 10);
        assertThat(cut).hasSizeLessThanOrEqualTo(10).isEqualTo("a&amp;…");
        assertThat(Mrkdwn.cut("😀😀😀", 4)).isEqualTo("😀…");
    }
}
