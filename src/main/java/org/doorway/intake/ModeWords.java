package org.doorway.intake;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * In the room, online or hybrid, from the words people use: "all online",
 * "in a lecture theatre", "some in the room and some on Teams". Values are
 * the refinement answers: in-person, online, hybrid. Stateless.
 */
final class ModeWords {
    private static final Pattern HYBRID = Pattern.compile("\\b(hybrid|hyflex|hi-flex|blended|dual[- ]mode|"
            + "both (in (the )?room|in person|on campus|face to face) and online|(some|half|a few) (of them )?"
            + "(are )?(online|remote|joining remotely|dialling in)|(in the room|in person|on campus) and "
            + "(some |others |"
            + "the rest )?(online|remote|on (zoom|teams)))\\b");
    private static final Pattern ONLINE = Pattern.compile("\\b(online|remote(ly)?|virtual(ly)?|distance learn\\w*|"
            + "on (zoom|teams|collaborate)|via (zoom|teams)|over (zoom|teams)|webinar|from home)\\b");
    private static final Pattern IN_PERSON = Pattern.compile("\\b(in[- ]person|in the room|in class|face[- ]to[- ]"
            + "face|f2f|on campus|lecture (theatre|theater|hall)|seminar room|classroom|in the lab|lab session|"
            + "in the lecture|physical(ly)? (there|present)|the room)\\b");
    /** A plain answer to "in the room, online or hybrid?". */
    private static final Pattern BOTH = Pattern.compile("^(both|a mix|mixed|mix of both|bit of both|a bit of both|"
            + "either)[.!]?$");

    private ModeWords() {}

    static Optional<String> in(String lower) {
        if (HYBRID.matcher(lower).find() || BOTH.matcher(lower.strip()).matches()) {
            return Optional.of("hybrid");
        }
        boolean online = ONLINE.matcher(lower).find() && !lower.matches(".*\\bonline (quiz|quizzes|test|tests|"
                + "forms?|submission|marking|feedback|resources?|materials?|reading|course|space|discussion)\\b.*");
        boolean inRoom = IN_PERSON.matcher(lower).find();
        if (online && inRoom) {
            return Optional.of("hybrid");
        }
        if (online) {
            return Optional.of("online");
        }
        return inRoom ? Optional.of("in-person") : Optional.empty();
    }
}
