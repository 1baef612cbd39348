package org.doorway.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.model.event.MessageEvent;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The baseline: Bolt on Jetty 12 with one listener that only acks. */
final class BareBoltApp implements AutoCloseable {
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    BareBoltApp(String signingSecret, String apiUrl) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
        App app = new App(AppConfig.builder().slack(Slack.getInstance(slackConfig)).singleTeamBotToken("xoxb-bare")
                .signingSecret(signingSecret).build());
        app.event(MessageEvent.class, (payload, ctx) -> ctx.ack());
        app.start();
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
        server.setHandler(context);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/slack/events";
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
