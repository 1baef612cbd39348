package org.doorway.store;

import java.time.Instant;
import org.doorway.inbox.EventInbox;

/**
 * The inbox as Doorway stores it. On PostgreSQL it is the main database's
 * {@code processed_events} table. On a SQLite file it is a second file beside
 * it ({@link InboxFile}), because SQLite lets one writer at a time into a
 * file, and an ack that waited behind a conversation's transaction would be
 * late under load.
 */
public interface StoredInbox extends EventInbox, AutoCloseable {

    /** Forgets keys older than the cut-off whose work is done; platforms stop retrying long before. */
    int forgetBefore(Instant cutOff);

    /**
     * Puts an answered event back as waiting, with its work (again, when
     * old answered events were forgotten meanwhile), for the redelivery job.
     */
    void reopen(String key, Instant receivedAt, String work);

    @Override
    void close();

    /** The inbox that goes with the main database {@code main}: a file of its own when {@code main} is a SQLite file. */
    static StoredInbox open(Database main) {
        return InboxFile.location(main.settings())
                .<StoredInbox>map(file -> InboxFile.open(file, main))
                .orElseGet(() -> new JdbiInboundEvents(main));
    }
}
