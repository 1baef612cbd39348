package org.doorway.app;

import java.net.URI;
import java.util.List;
import org.doorway.resources.Webinars;
import org.doorway.resources.ics.WebinarInvite;
import org.doorway.web.GuideResource;
import org.doorway.web.MapResource;
import org.doorway.web.PublicResourceServlet;
import org.doorway.web.WebServer;
import org.doorway.web.WebinarResource;

/** The public resources made from the catalogue, mounted on the web server. */
final class ResourceRoutes {
    private ResourceRoutes() {}

    static void mount(Doorway doorway, WebServer web) {
        web.mount("/guides/*", new PublicResourceServlet(new GuideResource(), doorway.catalogue::snapshot,
                List.of("paper")));
        web.mount("/webinars/*", new PublicResourceServlet(new WebinarResource(new Webinars(doorway.settings.zone()),
                new WebinarInvite(doorway.clock, URI.create(doorway.settings.publicUrl()).getHost())),
                doorway.catalogue::snapshot, List.of()));
        web.mount("/catalogue/map.svg", new PublicResourceServlet(new MapResource(), doorway.catalogue::snapshot,
                List.of("need")));
    }
}
