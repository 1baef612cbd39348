package org.doorway.app;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.doorway.catalogue.CatalogueSnapshot;
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

    static void mount(WebServer web, Supplier<CatalogueSnapshot> catalogue, String publicUrl, ZoneId zone,
            Clock clock) {
        web.mount("/guides/*", new PublicResourceServlet(new GuideResource(), catalogue,
                List.of("paper")));
        web.mount("/webinars/*", new PublicResourceServlet(new WebinarResource(new Webinars(zone),
                new WebinarInvite(clock, URI.create(publicUrl).getHost())),
                catalogue, List.of()));
        web.mount("/catalogue/map.svg", new PublicResourceServlet(new MapResource(), catalogue,
                List.of("need")));
    }
}
