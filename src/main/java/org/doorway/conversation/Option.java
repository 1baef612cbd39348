package org.doorway.conversation;

/**
 * A one-click choice. {@code id} comes back in {@link Inbound.Action};
 * {@code label} is shown. {@code primary} marks the suggested choice.
 */
public record Option(String id, String label, boolean primary) {
    public static Option of(String id, String label) {
        return new Option(id, label, false);
    }

    public static Option primary(String id, String label) {
        return new Option(id, label, true);
    }
}
