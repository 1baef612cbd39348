package org.doorway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicUrlTest {
    @Test
    void defaultsToLocalhostOnThePort_andDropsATrailingSlash() {
        assertThat(Settings.load(Map.of("PORT", "8080")).settings().publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(Settings.load(Map.of("PUBLIC_URL", "https://doorway.uni.example/")).settings().publicUrl())
                .isEqualTo("https://doorway.uni.example");
    }

    @Test
    void anythingButAnHttpAddress_isAProblemWithItsFix() {
        for (String bad : new String[] {"javascript:alert(1)", "doorway.uni.example", "https://x.example/?a=1", "http://"}) {
            assertThat(Settings.load(Map.of("PUBLIC_URL", bad)).problems()).as(bad).singleElement().asString()
                    .startsWith("PUBLIC_URL ").contains("https://doorway.uni.example");
        }
    }
}
