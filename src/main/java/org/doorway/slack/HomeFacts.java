package org.doorway.slack;

/**
 * What the App Home shows a person, supplied by the wiring from the features
 * that own the facts (Slack knows none of them):
 * <ul>
 *   <li>staff: their recent requests and each one's status (intake/handoff);</li>
 *   <li>technologists: whether they are available, and their queue (handoff
 *       roster); the home tab's switch is a turn like any other;</li>
 *   <li>admins: the catalogue's size and where to edit it (catalogue, web).</li>
 * </ul>
 * Called after the ack on a worker thread; keep it to a few indexed queries.
 */
@FunctionalInterface
public interface HomeFacts {

    HomePage pageFor(String slackUserId);

    /** Until the features supply their facts: a home with only the "New request" button. */
    static HomeFacts none() {
        return slackUserId -> HomePage.staff(java.util.List.of());
    }
}
