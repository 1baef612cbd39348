package org.doorway.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doorway.teams.ReplyFixture;
import org.junit.jupiter.api.Test;

class ClickedCardTest {
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    @Test
    void clickedCard_keepsTheContent_dropsTheButtons_andSaysWhatWasChosen() {
        ObjectNode sent = renderer.render(ReplyFixture.suggestions());
        ObjectNode clicked = ClickedCard.of(sent, "talk");
        assertThat(AdaptiveCardRendererTest.all(clicked, "Action.Submit")).isEmpty();
        assertThat(clicked.toString()).contains("Padlet in 5 minutes").contains("✓ Talk to a technologist");
        assertThat(AdaptiveCardRendererTest.all(sent, "Action.Submit")).hasSize(3);
    }

    @Test
    void clickedCard_keepsLinkButtons() {
        ObjectNode clicked = ClickedCard.of(renderer.render(ReplyFixture.notice()), "none");
        assertThat(AdaptiveCardRendererTest.all(clicked, "Action.OpenUrl")).hasSize(1);
        assertThat(clicked.toString()).contains("✓ Chosen");
    }
}
