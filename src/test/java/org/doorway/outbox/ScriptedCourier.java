package org.doorway.outbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A courier that answers from a script (then "delivered") and records what it was given. */
final class ScriptedCourier implements Courier {
    private final Deque<Delivery> script = new ArrayDeque<>();
    final List<OutboxItem> seen = new CopyOnWriteArrayList<>();

    ScriptedCourier then(Delivery outcome) {
        script.add(outcome);
        return this;
    }

    @Override
    public String platform() {
        return "test";
    }

    @Override
    public synchronized Delivery deliver(OutboxItem item) {
        seen.add(item);
        return script.isEmpty() ? Delivery.delivered() : script.poll();
    }

    List<String> payloads() {
        return seen.stream().map(OutboxItem::payloadJson).toList();
    }
}
