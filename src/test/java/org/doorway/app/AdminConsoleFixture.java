package org.doorway.app;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.doorway.TestClock;
import org.doorway.admin.AdminUser;
import org.doorway.admin.AuditEntry;
import org.doorway.admin.Role;
import org.doorway.catalogue.TeachingContext;
import org.doorway.catalogue.Tool;
import org.doorway.store.JdbiAuditLog;
import org.doorway.store.TestDatabases;

/**
 * Doorway served as {@code serve} serves it, on a real Jetty and a real
 * database (SQLite, or PostgreSQL when CI gives one), with a clock the test
 * moves; and visitors, each a client with its own cookies.
 */
final class AdminConsoleFixture implements AutoCloseable {
    private final ServeCommand.Running running;
    private final TestClock clock;

    private AdminConsoleFixture(ServeCommand.Running running, TestClock clock) {
        this.running = running;
        this.clock = clock;
    }

    static AdminConsoleFixture start(String database, Path folder, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("PORT", "0");
        env.put("DATABASE_URL", database.equals("postgresql") ? postgresSchema() : "jdbc:sqlite:" + folder.resolve("d.db"));
        TestClock clock = TestClock.atNow();
        return new AdminConsoleFixture(ServeCommand.start(Doorway.open(env, clock)), clock);
    }

    /** The clock Doorway runs on; moving it expires links and sessions. */
    TestClock clock() {
        return clock;
    }

    /** The databases to run on here: SQLite always, PostgreSQL when DOORWAY_TEST_POSTGRES is set. */
    static List<String> databases() {
        return TestDatabases.postgresUrl().isPresent() ? List.of("sqlite", "postgresql") : List.of("sqlite");
    }

    private static String postgresSchema() {
        String base = TestDatabases.postgresUrl().orElseThrow();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(base)) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException failure) {
            throw new IllegalStateException(failure);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    String url(String path) {
        return "http://127.0.0.1:" + running.web().port() + path;
    }

    /** A sign-in link as {@code doorway admin link} makes it. */
    String link(String email, Role role) {
        String token = AdminWiring.links(running.doorway().stores(), running.doorway().clock())
                .issue(new AdminUser(email, role)).token();
        return url("/admin/sign-in/link?token=" + token);
    }

    Tool tool(String id) {
        return running.doorway().catalogue().load().tool(id).orElseThrow();
    }

    /** What Doorway would suggest for a need right now, through the same snapshot the conversation uses. */
    List<String> suggested(String needId) {
        return running.doorway().rankedTools().page(needId, TeachingContext.unknown(), 0, 100).stream()
                .map(ranked -> ranked.tool().id()).toList();
    }

    String firstToolId() {
        return running.doorway().catalogue().load().tools().get(0).id();
    }

    List<AuditEntry> audit() {
        return new JdbiAuditLog(running.doorway().database()).recent(null, 100, 0);
    }

    /** Doorway as serve runs it: its database, roster and handoff desk. */
    ServeCommand.Running running() {
        return running;
    }

    /** A bearer token for the admin JSON API, as {@code doorway admin token create} prints it. */
    String apiToken(Role role) {
        return AdminWiring.tokens(running.doorway().stores(), running.doorway().clock()).create(role, "test").token();
    }

    Visitor visitor() {
        return new Visitor();
    }

    @Override
    public void close() {
        running.close();
    }

    /** A browser without a browser: its own cookies, no redirects followed. */
    final class Visitor {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path)));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Opens the link, presses "Sign in", and returns the answer to that press. */
        HttpResponse<String> signIn(String link) throws Exception {
            HttpResponse<String> page = get(link);
            return post("/admin/sign-in/link", HtmlForm.fields(page.body(), "/admin/sign-in/link"));
        }

        /** Signs in with a fresh link for {@code role}. */
        Visitor signedInAs(String email, Role role) throws Exception {
            HttpResponse<String> answer = signIn(link(email, role));
            if (answer.statusCode() != 303) {
                throw new AssertionError("sign-in failed: " + answer.statusCode() + " " + answer.body());
            }
            return this;
        }

        private String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
