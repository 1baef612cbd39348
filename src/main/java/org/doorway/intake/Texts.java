package org.doorway.intake;

/** Doorway's own words: short, kind and useful. */
final class Texts {
    static final String WELCOME = "Hi, I'm Doorway. Tell me about a teaching problem in your own words, for "
            + "example \"350 first-years and nobody answers when I ask the room a question\", and I'll suggest "
            + "tools and guides that fit, or put you in touch with a learning technologist.";
    static final String HELP = "Describe a teaching problem in a sentence or two and I'll suggest tools and "
            + "guides that fit. If something is broken, tell me what and I'll get it to a technologist. "
            + "Type 'talk to a person' at any point to reach a learning technologist, or 'start over' to begin "
            + "again.";
    static final String RESTARTED = "Starting afresh. What's the teaching problem?";
    static final String EMPTY = "I didn't catch anything there. What's the teaching problem?";
    static final String ASK_PROBLEM_FOR_PERSON = "Happy to find you a person. In a sentence or two, what is it "
            + "about? I'll pass it on so nobody needs to ask you again.";
    static final String CLOSEST = "I want to get this right. Which of these is closest?";
    static final String SOMETHING_BROKEN = "Something's broken";
    static final String TALK_TO_PERSON = "Talk to a person";
    static final String STILL_UNSURE = "I'm still not sure I've understood. A learning technologist can help "
            + "with this; shall I put you in touch?";
    static final String FAULT_INTRO = "That sounds like something isn't working, so I won't suggest new tools. "
            + "A few quick questions so the technologist has everything they need:";
    static final String FAULT_NOTED = "That sounds like something isn't working, so I won't suggest new tools. ";
    static final String GREETING = "Hello! I'm Doorway: tell me about a teaching problem in a sentence or two "
            + "and I'll suggest tools and guides, or find you a learning technologist.";
    static final String STILL_ON = "We were on \"%s\"; carry on, or tell me something new.";
    static final String THANKS = "You're welcome. Good luck with it, and come back any time.";
    static final String THANKS_HANDED_OFF = "You're welcome. The learning technologist has it from here.";
    static final String GOODBYE = "Bye for now. I'm here whenever you need me.";
    static final String NUDGE = "I'm not sure what you mean there. Tell me about a teaching problem in a "
            + "sentence, or type 'help'.";
    static final String NUDGE_QUESTION = "I'm not sure what you mean there. Answer the question above in your own "
            + "words, pick an option, or type 'help'.";
    static final String NOT_ENGLISH = "I can only read English for now. Could you say it in English? Or I can "
            + "put you in touch with a learning technologist.";
    static final String POLICY_UNKNOWN_TOOL = "That tool isn't in our catalogue, so I can't tell you whether it's "
            + "approved or where its data goes. A learning technologist can check: shall I ask one?";
    /** A policy answer's first line when the tool's approval or licence has ended. */
    static String ended(org.doorway.catalogue.Lapse lapse) {
        String on = lapse.ended().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK));
        return lapse.what().equals("licence")
                ? "Its licence here ended on " + on + ", so it isn't available to use for now. A learning technologist "
                        + "can tell you what to use instead, or whether it's being renewed."
                : "Its data-protection approval ended on " + on + ", so please don't use it with students' names or "
                        + "work for now. A learning technologist can tell you what to use instead, or whether it's "
                        + "being renewed.";
    }

    static final String EXAMPLE_CATALOGUE = "(These come from Doorway's example catalogue.)";
    static final String NEW_TOPIC = "Starting a new request about \"%s\".";
    static final String NONE_OF_THESE = "No problem. Tell me a bit more in your own words, or I can put you in "
            + "touch with a learning technologist.";
    static final String TWO_THINGS = "You've mentioned two things, so I'll take them one at a time: the broken "
            + "part goes to a person now, and below are ideas for the rest.";
    static final String DECLINED = "OK. Tell me more whenever you like, or type 'start over'.";
    static final String OUT_OF_SCOPE_START = "That one is outside what I can help with: I'm here for teaching "
            + "with technology. Depending on what it is, try ";
    static final String ITS_TEACHING = "It is about teaching — talk to a person";
    static final String LOOKS_RIGHT = "Great. The guides above will get you started. If you'd like a hand "
            + "setting it up, just say 'talk to a person'.";
    static final String NO_MORE = "That's everything the catalogue has for this need. Would a learning "
            + "technologist help?";
    static final String STALE = "That button belongs to an earlier message. Tell me what you need, or type "
            + "'help'.";
    static final String TRUNCATED = "(That was a long message, so I read the first %d characters.)";
    static final String RESUME_OFFER = "It's been a while, so I've treated this as a new request. Want to go "
            + "back to your earlier one about \"%s\" instead?";
    static final String RESUMED = "Back to your earlier request: \"%s\".";

    private Texts() {}

    /** The first words of a problem, for quoting it back. */
    static String gist(String problem) {
        return gist(problem, 80);
    }

    /** At most {@code max} characters of a text on one line, cut with an ellipsis. */
    static String gist(String problem, int max) {
        if (problem == null) {
            return "";
        }
        String oneLine = problem.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3) + "…";
    }
}
