package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CI must exercise PostgreSQL, the Teams Playground and the two instances behind HAProxy for real: a run without them fails instead of skipping. */
class CiEnvironmentTest {
    private static final boolean CI = "true".equals(System.getenv("CI"));

    @Test
    void ciProvidesPostgres() {
        if (CI) {
            assertThat(TestDatabases.postgresUrl())
                    .as("CI=true but %s is not set: .ci/run must start PostgreSQL", TestDatabases.POSTGRES_PROPERTY)
                    .isPresent();
        }
    }

    @Test
    void ciRunsTheTeamsPlayground() {
        if (CI) {
            assertThat(System.getenv("DOORWAY_E2E_PLAYGROUND"))
                    .as("CI=true but DOORWAY_E2E_PLAYGROUND is not 1: .ci/run must install the Agents Playground")
                    .isEqualTo("1");
        }
    }

    @Test
    void ciRunsTheTwoInstanceTestBehindHaproxy() {
        if (CI) {
            assertThat(System.getenv("DOORWAY_E2E_LOADBALANCER"))
                    .as("CI=true but DOORWAY_E2E_LOADBALANCER is not 1: .ci/run must install HAProxy and run "
                            + "MultiInstanceTest")
                    .isEqualTo("1");
        }
    }
}
