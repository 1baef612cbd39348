package org.doorway.app;

import java.util.Map;
import org.doorway.handoff.roster.RosterImport;
import org.doorway.store.JdbiRoster;

/**
 * Doorway wired exactly as {@code serve} wires it, started from a test or a
 * load driver with an environment of its own instead of the process's.
 */
public final class EmbeddedDoorway implements AutoCloseable {
    private final ServeCommand.Running running;

    private EmbeddedDoorway(ServeCommand.Running running) {
        this.running = running;
    }

    public static EmbeddedDoorway start(Map<String, String> environment) {
        return new EmbeddedDoorway(ServeCommand.start(Doorway.open(environment)));
    }

    /** On a clock the test moves. */
    public static EmbeddedDoorway start(Map<String, String> environment, java.time.Clock clock) {
        return new EmbeddedDoorway(ServeCommand.start(Doorway.open(environment, clock)));
    }

    /** The handoff feature as serve wired it: its SLA and queue checks, run when the test says. */
    public org.doorway.handoff.HandoffFeature handoff() {
        return running.handoff();
    }

    /** The database serve opened, for tests that read what was recorded. */
    public org.doorway.store.Database database() {
        return running.doorway().database();
    }

    /** The follow-ups job as serve wired it, run when the test says (serve runs it every few seconds too). */
    public Runnable followUps() {
        return running.followUps();
    }

    /** The nudge job as serve wired it, run when the test says (serve runs it every minute too). */
    public Runnable nudges() {
        return running.queue().nudges();
    }

    /** Builds the classifier's index now, so that a slow machine's first turn does not outlast a test's wait. */
    public void warmUp() {
        running.doorway().classifier();
    }

    public int port() {
        return running.web().port();
    }

    /** Replaces the roster, as {@code roster import} does; fails on any problem in the YAML. */
    public void importRoster(String yaml) {
        Doorway doorway = running.doorway();
        RosterImport.Outcome outcome = new RosterImport(doorway.database(), new JdbiRoster(doorway.database()),
                RosterCommand.expertise(doorway.catalogue().load())).importYaml(yaml, false);
        if (!outcome.ok()) {
            throw new IllegalArgumentException("roster problems: " + outcome.read().problems());
        }
    }

    /** Replaces the catalogue, as {@code catalogue import} does. */
    public void replaceCatalogue(org.doorway.catalogue.Catalogue catalogue) {
        running.doorway().catalogue().replace(catalogue);
    }

    /** A one-time admin console sign-in link, as {@code doorway admin link} prints it. */
    public String adminLink(String email, org.doorway.admin.Role role) {
        String token = AdminWiring.links(running.doorway().stores(), running.doorway().clock())
                .issue(new org.doorway.admin.AdminUser(email, role)).token();
        return "http://127.0.0.1:" + port() + "/admin/sign-in/link?token=" + token;
    }

    /** A bearer token for the admin JSON API, as {@code doorway admin token create} prints it. */
    public String apiToken(org.doorway.admin.Role role) {
        return AdminWiring.tokens(running.doorway().stores(), running.doorway().clock()).create(role, "test").token();
    }

    /** The console's draft, review and rollback use cases on this Doorway, as the console is wired with them. */
    public org.doorway.web.admin.CatalogueWorkflow adminWorkflow() {
        return AdminWiring.workflow(running.doorway().database(), running.doorway().stores(),
                running.doorway().catalogueYaml().validator(), running.doorway().settings().admin().selfApproval(),
                running.doorway().clock());
    }

    @Override
    public void close() {
        running.close();
    }
}
