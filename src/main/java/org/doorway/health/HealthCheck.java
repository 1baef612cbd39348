package org.doorway.health;

/** Reports one component's state now. Must be quick and must not wait on a remote service. */
@FunctionalInterface
public interface HealthCheck {
    ComponentHealth check();
}
