package org.doorway.conversation;

import java.util.List;
import java.util.Optional;

/** Several side desks as one: each option goes to the desk that owns it; messages to the first that waits for one. */
public final class SideDesks implements SideDesk {
    private final List<SideDesk> desks;

    private SideDesks(List<SideDesk> desks) {
        this.desks = List.copyOf(desks);
    }

    public static SideDesk of(SideDesk... desks) {
        return new SideDesks(List.of(desks));
    }

    @Override
    public boolean owns(String optionId) {
        return owner(optionId).isPresent();
    }

    @Override
    public Option.Click clickOf(String optionId) {
        return owner(optionId).orElseThrow().clickOf(optionId);
    }

    @Override
    public Reply press(ConversationKey who, String optionId) {
        return owner(optionId).orElseThrow().press(who, optionId);
    }

    @Override
    public Reply press(Inbound.Action action) {
        return owner(action.optionId()).orElseThrow().press(action);
    }

    @Override
    public List<Option> under(Reply.Suggestions suggestions) {
        return desks.stream().flatMap(desk -> desk.under(suggestions).stream()).toList();
    }

    @Override
    public Optional<Reply> said(ConversationKey who, String text) {
        return desks.stream().map(desk -> desk.said(who, text)).flatMap(Optional::stream).findFirst();
    }

    private Optional<SideDesk> owner(String optionId) {
        return desks.stream().filter(desk -> desk.owns(optionId)).findFirst();
    }
}
