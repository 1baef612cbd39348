package org.doorway.slack;

/**
 * What the App Home shows a person, supplied by the wiring from the features
 * that own the facts (Slack knows none of them):
 * <ul>
 *   <li>staff: their recent requests and each one's status (intake/handoff);</li>
 *   <li>technologists: whether they are available, and their queue (handoff
 *       roster); {@link #setAvailable} is the home tab's switch;</li>
 *   <li>admins: the catalogue's size and where to edit it (catalogue, web).</li>
 * </ul>
 * Called after the ack on a worker thread; keep it to a few indexed queries.
 */
public interface HomeFacts {

    HomePage pageFor(String slackUserId);

    /** A technologist switched their availability on the home tab. */
    void setAvailable(String slackUserId, boolean available);

    /** Until the features supply their facts: a home with only the "New request" button. */
    static HomeFacts none() {
        return new HomeFacts() {
            @Override
            public HomePage pageFor(String slackUserId) {
                return HomePage.staff(java.util.List.of());
            }

            @Override
            public void setAvailable(String slackUserId, boolean available) {
                // nobody is a technologist yet
            }
        };
    }
}
