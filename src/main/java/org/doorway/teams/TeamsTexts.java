package org.doorway.teams;

/** What the Teams adapter itself says; everything else comes from the intake. */
final class TeamsTexts {
    static final String WELCOME_PERSONAL = "Hi, I'm Doorway, your front door to learning technology. Tell me "
            + "about a teaching problem in your own words and I'll suggest tools and guides colleagues use, or put "
            + "you in touch with a learning technologist. Type 'help' at any time.";
    static final String WELCOME_CHANNEL = "Hi, I'm Doorway, your front door to learning technology. @mention me "
            + "with a teaching problem in your own words and I'll suggest tools and guides colleagues use, or put "
            + "you in touch with a learning technologist. For a private conversation, message me in a chat.";

    private TeamsTexts() {}
}
