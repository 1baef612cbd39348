package org.doorway.teams;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doorway.handoff.Technologist;

/**
 * The Teams deep link that opens a 1:1 chat with a technologist, pre-filled
 * with a one-line summary the staff member can send as it is. Teams wants the
 * user principal name: the roster's {@code teams} field when it is one, else
 * their email.
 */
final class TeamsChatLink {
    static final String BASE = "https://teams.microsoft.com/l/chat/0/0";
    private static final int MAX_PROBLEM = 200;

    private TeamsChatLink() {}

    static String to(Technologist technologist, String problem) {
        String firstName = technologist.name().strip().split("\\s+")[0];
        String line = "Hi " + firstName + ", it's about my request to Doorway: " + oneLine(problem);
        return BASE + "?users=" + encode(principalName(technologist)).replace("%40", "@")
                + "&message=" + encode(line);
    }

    /** A chat between people by sign-in name, {@code message} ready to send (the person who opens it is one of them). */
    static String between(List<String> principalNames, String message) {
        return BASE + "?users=" + principalNames.stream().map(name -> encode(name).replace("%40", "@"))
                .collect(Collectors.joining(",")) + "&message=" + encode(oneLine(message));
    }

    /** Their sign-in name: a {@code teams} field that looks like one, else their email. */
    static String principalName(Technologist technologist) {
        return technologist.chatId(TeamsReplies.PLATFORM).filter(TeamsChatLink::isPrincipalName)
                .orElse(technologist.email());
    }

    /** The id to open a 1:1 chat with: their Entra ID object id or Teams user id, never a sign-in name. */
    static Optional<String> userId(Technologist technologist) {
        return technologist.chatId(TeamsReplies.PLATFORM).filter(id -> !isPrincipalName(id) && !id.isBlank());
    }

    private static boolean isPrincipalName(String id) {
        return id.contains("@");
    }

    private static String oneLine(String problem) {
        String line = problem == null ? "" : problem.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_PROBLEM ? line : line.substring(0, MAX_PROBLEM - 1).strip() + "…";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
