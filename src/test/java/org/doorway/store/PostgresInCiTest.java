package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CI must exercise PostgreSQL for real: a run without it fails instead of silently skipping. */
class PostgresInCiTest {
    @Test
    void ciProvidesPostgres() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(TestDatabases.postgresUrl())
                    .as("CI=true but %s is not set: .ci/run must start PostgreSQL", TestDatabases.POSTGRES_PROPERTY)
                    .isPresent();
        }
    }
}
