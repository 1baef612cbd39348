package org.doorway.slack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The facts on one person's App Home; {@code openRequests} are the person's
 * requests open with a technologist, each with "Add information" and "Sorted, thanks". Every person gets the staff part; the
 * technologist and admin parts are present only for people in those roles.
 */
public record HomePage(List<RequestLine> recentRequests, Optional<TechnologistPart> technologist,
        Optional<AdminPart> admin, List<org.doorway.conversation.Reply.HandoffSummary> openRequests) {

    public HomePage {
        recentRequests = List.copyOf(recentRequests);
        openRequests = List.copyOf(openRequests);
    }

    /** Without requests open with a technologist. */
    public HomePage(List<RequestLine> recentRequests, Optional<TechnologistPart> technologist,
            Optional<AdminPart> admin) {
        this(recentRequests, technologist, admin, List.of());
    }

    public static HomePage staff(List<RequestLine> recentRequests) {
        return new HomePage(recentRequests, Optional.empty(), Optional.empty());
    }

    /** One of the person's requests: what it was about, where it stands ("with Sam", "resolved"), when. */
    public record RequestLine(String summary, String status, Instant at) {}

    /** A technologist's switch and queue: each open request as a card with the buttons that act on it now. */
    public record TechnologistPart(boolean available, List<org.doorway.conversation.Reply.HandoffSummary> queue) {
        public TechnologistPart {
            queue = List.copyOf(queue);
        }
    }

    /** For admins: the catalogue's size and the admin page (an http(s) URL). */
    public record AdminPart(int tools, int guides, String editUrl) {}
}
