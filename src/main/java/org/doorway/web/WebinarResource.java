package org.doorway.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.doorway.catalogue.CatalogueSnapshot;
import org.doorway.resources.ScheduledSession;
import org.doorway.resources.WebinarId;
import org.doorway.resources.Webinars;
import org.doorway.resources.ics.WebinarInvite;

/** {@code /webinars/{id}.ics}: one webinar session as a calendar invite. */
public final class WebinarResource implements PublicResource {
    private final Webinars webinars;
    private final WebinarInvite invite;

    public WebinarResource(Webinars webinars, WebinarInvite invite) {
        this.webinars = webinars;
        this.invite = invite;
    }

    @Override
    public Made make(String path, Map<String, String> query, CatalogueSnapshot snapshot) {
        String wire = path.startsWith("/") && path.endsWith(".ics") ? path.substring(1, path.length() - 4) : "";
        Optional<ScheduledSession> session = WebinarId.parse(wire).flatMap(id -> webinars.find(snapshot.catalogue(), id));
        if (session.isEmpty()) {
            return new Made.Missing("That webinar session is no longer in the catalogue: it may have moved. Ask "
                    + "Doorway about the tool again for the next date.");
        }
        return new Made.Found(WebinarInvite.MEDIA_TYPE, invite.write(session.get()).getBytes(StandardCharsets.UTF_8),
                wire + ".ics");
    }
}
