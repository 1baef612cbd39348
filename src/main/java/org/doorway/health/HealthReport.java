package org.doorway.health;

import java.util.List;

/** Every component's state, and the worst of them as the overall status. */
public record HealthReport(Status status, List<ComponentHealth> components) {

    public static HealthReport of(List<ComponentHealth> components) {
        Status overall = Status.OK;
        for (ComponentHealth component : components) {
            overall = overall.worse(component.status());
        }
        return new HealthReport(overall, List.copyOf(components));
    }

    /** Runs every check; a check that throws is reported down, naming the failure's type, not its message. */
    public static HealthReport run(List<HealthCheck> checks) {
        return of(checks.stream().map(HealthReport::safely).toList());
    }

    private static ComponentHealth safely(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException failure) {
            return ComponentHealth.down("health-check", "a health check failed: " + failure.getClass().getSimpleName());
        }
    }
}
