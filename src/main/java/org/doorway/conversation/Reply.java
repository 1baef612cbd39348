package org.doorway.conversation;

import java.util.List;
import java.util.Optional;

/**
 * What Doorway says, free of any platform. All text is plain: renderers escape
 * it for their format, so user words quoted in a reply can never become
 * markup, mentions or links. URLs are separate fields and always http(s).
 */
public sealed interface Reply {

    /** A plain message, with optional one-click options under it. */
    record Text(String text, List<Option> options) implements Reply {
        public Text {
            options = List.copyOf(options);
        }

        public static Text of(String text) {
            return new Text(text, List.of());
        }
    }

    /** Up to three tools for a need, then actions (this looks right, a person, other options, refinements). */
    record Suggestions(String needName, String intro, List<Suggestion> items, List<Option> actions) implements Reply {
        public Suggestions {
            items = List.copyOf(items);
            actions = List.copyOf(actions);
        }
    }

    /** A question with options to click; free text is always accepted too. */
    record Choice(String prompt, List<Option> options) implements Reply {
        public Choice {
            options = List.copyOf(options);
        }
    }

    /**
     * Tells the staff member what happens with their request for a person:
     * who has it (when someone does), when someone will be there, and a link
     * to open a chat with them where the platform has one.
     */
    record HandoffNotice(String text, Optional<String> technologistName, Optional<String> chatLink)
            implements Reply {}

    /**
     * The summary a technologist receives so that nobody asks twice, with the
     * technologist's options (got it, pass, resolved).
     */
    record HandoffSummary(String handoffId, String title, String staffName, List<Field> fields, List<Option> options)
            implements Reply {
        public HandoffSummary {
            fields = List.copyOf(fields);
            options = List.copyOf(options);
        }
    }

    /**
     * Several open requests in one message (a technologist's queue, a staff
     * member's requests): an intro, then each request as a summary with the
     * buttons that act on it now.
     */
    record Listing(String intro, List<HandoffSummary> items) implements Reply {
        public Listing {
            items = List.copyOf(items);
        }
    }

    /** A labelled line of a summary. */
    record Field(String label, String value) {}
}
