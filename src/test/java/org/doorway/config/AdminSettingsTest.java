package org.doorway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminSettingsTest {
    @Test
    void defaults_areLoopbackHttpWithoutSingleSignOn() {
        Settings.Loaded loaded = Settings.load(Map.of("PORT", "3100"));
        assertThat(loaded.problems()).isEmpty();
        AdminSettings admin = loaded.settings().admin();
        assertThat(admin.base()).isEqualTo("http://localhost:3100");
        assertThat(admin.secureCookies()).isFalse();
        assertThat(admin.oidc()).isEmpty();
    }

    @Test
    void plainHttpOffLoopback_isRefused_andHttpsMakesCookiesSecure() {
        assertThat(Settings.load(Map.of("PUBLIC_URL", "http://doorway.uni.example")).problems())
                .singleElement().asString().startsWith("PUBLIC_URL ").contains("https");
        assertThat(Settings.load(Map.of("PUBLIC_URL", "https://doorway.uni.example/")).settings().admin())
                .satisfies(admin -> {
                    assertThat(admin.secureCookies()).isTrue();
                    assertThat(admin.base()).isEqualTo("https://doorway.uni.example");
                });
    }

    @Test
    void singleSignOn_needsAllThreeVariables_andRolesMustBeKnown() {
        assertThat(Settings.load(Map.of("OIDC_ISSUER", "https://login.example/t/v2.0")).problems())
                .singleElement().asString().startsWith("OIDC_CLIENT_ID is missing");
        assertThat(Settings.load(Map.of("ADMIN_ROLES", "a@uni.example=admin,lt-team=wizard")).problems())
                .singleElement().asString().contains("lt-team=wizard");
        Settings settings = Settings.load(Map.of("OIDC_ISSUER", "https://login.example/t/v2.0", "OIDC_CLIENT_ID", "id",
                "OIDC_CLIENT_SECRET", "s3cret", "ADMIN_ROLES", "A@Uni.example=admin")).settings();
        assertThat(settings.admin().roles()).containsEntry("a@uni.example", "admin");
        assertThat(settings.admin().oidc().orElseThrow().toString()).doesNotContain("s3cret");
    }
}
