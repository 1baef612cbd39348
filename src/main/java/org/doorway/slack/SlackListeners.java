package org.doorway.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doorway.conversation.FrontDesk;
import org.doorway.conversation.Option;

/**
 * Bolt listeners: each one decides on the request thread whether the request
 * is Doorway's, records it once and acks; the work runs after the ack. Bot
 * messages, edits and other message subtypes are acked and ignored (Bolt's
 * auto-ack settings in {@link SlackAdapter} cover the subtypes).
 */
final class SlackListeners {
    static final String COMMAND = "/doorway";
    static final String HELP = "Tell me about a teaching problem in your own words, for example "
            + "`/doorway my 200 students never speak up in lectures`. I'll suggest tools and guides, or put you in "
            + "touch with a learning technologist. You can also send me a direct message.";
    static final String ON_IT = "Thanks, I'm on it: my answer will be in our direct messages.";

    private final SlackInbox inbox;
    private final SlackHome home;
    private final HandoffClicks handoffs;
    private final FrontDesk desk;

    SlackListeners(SlackInbox inbox, SlackHome home, HandoffClicks handoffs, FrontDesk desk) {
        this.inbox = inbox;
        this.home = home;
        this.handoffs = handoffs;
        this.desk = desk;
    }

    void register(App app) {
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if ("im".equals(event.getChannelType()) && event.getBotId() == null && event.getUser() != null
                    && hasText(event.getText())) {
                inbox.accept(payload.getEventId(), SlackWork.Message.in(SlackAddress.channel(event.getChannel()),
                        event.getUser(), event.getText()));
            }
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            String text = withoutMention(event.getText(), ctx.getBotUserId());
            if (event.getBotId() == null && event.getUser() != null && hasText(text)) {
                String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
                inbox.accept(payload.getEventId(), SlackWork.Message.in(SlackAddress.thread(event.getChannel(), thread),
                        event.getUser(), text));
            }
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab())) {
                inbox.accept(payload.getEventId(), once -> home.publish(event.getUser()));
            }
            return ctx.ack();
        });
        app.command(COMMAND, (request, ctx) -> {
            SlashCommandPayload command = request.getPayload();
            String text = command.getText() == null ? "" : command.getText().trim();
            if (text.isEmpty() || text.equalsIgnoreCase("help")) {
                return ctx.ack(HELP);
            }
            String user = command.getUserId();
            inbox.accept("command:" + command.getTriggerId(), SlackWork.Message.direct(user, text));
            return ctx.ack(ON_IT);
        });
        app.blockAction(Pattern.compile(".*"), this::onAction);
        app.viewSubmission(NewRequestModal.CALLBACK, (request, ctx) -> {
            String user = request.getPayload().getUser().getId();
            NewRequestModal.problem(request.getPayload().getView().getState()).ifPresent(problem ->
                    inbox.accept("view:" + request.getPayload().getView().getId(),
                            SlackWork.Message.direct(user, problem)));
            return ctx.ack();
        });
        app.viewSubmission(HandoffNoteModal.CALLBACK, (request, ctx) -> {
            String user = request.getPayload().getUser().getId();
            var view = request.getPayload().getView();
            String note = HandoffNoteModal.note(view.getState());
            inbox.accept("view:" + view.getId(),
                    once -> handoffs.submitted(once, user, view.getPrivateMetadata(), note));
            return ctx.ack();
        });
    }

    /** One listener for every button, so that none is ever left unanswered (Bolt answers 404 otherwise). */
    private Response onAction(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        BlockActionPayload.Action action = payload.getActions().get(0);
        String user = payload.getUser().getId();
        String actionId = action.getActionId() == null ? "" : action.getActionId();
        boolean onMessage = payload.getContainer() != null && payload.getContainer().getMessageTs() != null
                && action.getValue() != null;
        if (actionId.startsWith(Buttons.ACTION_PREFIX) && onMessage
                && desk.clickOf(action.getValue()) instanceof Option.Click.EveryPerson) {
            onSharedButton(payload, action, user);
        } else if (actionId.startsWith(Buttons.ACTION_PREFIX) && onMessage) {
            onChoice(payload, action, user);
        } else if (actionId.startsWith(Buttons.ACTION_PREFIX) && action.getValue() != null
                && desk.clickOf(action.getValue()) instanceof Option.Click.EveryPerson) {
            // A button on the App Home (my queue): no message to answer beside, so the answer goes to the DM.
            HandoffNoteModal.Clicked clicked = HandoffNoteModal.Clicked.onHome(action.getValue(), user);
            inbox.accept("handoff:" + payload.getTriggerId(),
                    once -> handoffs.clicked(once, user, clicked, payload.getTriggerId()));
        } else if (actionId.equals(AppHomeView.NEW_REQUEST)) {
            inbox.accept("trigger:" + payload.getTriggerId(),
                    once -> home.openNewRequest(user, payload.getTriggerId()));
        } else if (actionId.equals(AppHomeView.AVAILABILITY)) {
            boolean on = "on".equals(action.getValue());
            inbox.accept("trigger:" + payload.getTriggerId(), once -> home.setAvailable(once, user, on));
        }
        return ctx.ack();
    }

    /** Each person's click on a shared message counts (keyed by its trigger): whose it is, the front desk decides. */
    private void onSharedButton(BlockActionPayload payload, BlockActionPayload.Action action, String user) {
        HandoffNoteModal.Clicked clicked = HandoffClicks.on(payload, action);
        inbox.accept("handoff:" + payload.getTriggerId(),
                once -> handoffs.clicked(once, user, clicked, payload.getTriggerId()));
    }

    /** A message's buttons answer once: the first click wins, later ones (double clicks, other people) do nothing. */
    private void onChoice(BlockActionPayload payload, BlockActionPayload.Action action, String user) {
        BlockActionPayload.Container container = payload.getContainer();
        String channel = container.getChannelId();
        String thread = payload.getMessage() != null ? payload.getMessage().getThreadTs() : null;
        SlackAddress where = thread == null ? SlackAddress.channel(channel) : SlackAddress.thread(channel, thread);
        String label = action.getText() == null ? action.getValue() : action.getText().getText();
        inbox.accept("choice:" + channel + ":" + container.getMessageTs(), new SlackWork.Choice(where, user,
                action.getValue(), Optional.ofNullable(payload.getMessage()).map(message -> ClickedMessage.of(
                        where, container.getMessageTs(), message.getText(), message.getBlocks(), label))));
    }

    static String withoutMention(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String mention = botUserId == null ? "U[A-Z0-9]+" : Pattern.quote(botUserId);
        return text.replaceAll("<@" + mention + "(\\|[^>]*)?>", " ").trim();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
