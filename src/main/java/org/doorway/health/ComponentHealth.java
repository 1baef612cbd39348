package org.doorway.health;

/**
 * One component's state and, unless it is {@code ok}, the reason in words an
 * operator can act on. Reasons never hold secrets (tokens, passwords).
 */
public record ComponentHealth(String name, Status status, String reason) {

    public static ComponentHealth ok(String name, String detail) {
        return new ComponentHealth(name, Status.OK, detail);
    }

    public static ComponentHealth degraded(String name, String reason) {
        return new ComponentHealth(name, Status.DEGRADED, reason);
    }

    public static ComponentHealth down(String name, String reason) {
        return new ComponentHealth(name, Status.DOWN, reason);
    }
}
