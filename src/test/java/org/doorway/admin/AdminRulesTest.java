package org.doorway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doorway.TestClock;
import org.doorway.catalogue.CatalogueYaml;
import org.doorway.catalogue.DefaultCatalogue;
import org.doorway.catalogue.Tool;
import org.doorway.needs.NeedVocabulary;
import org.junit.jupiter.api.Test;

class AdminRulesTest {
    @Test
    void rateLimit_allowsTheLimitPerWindowThenRecovers() {
        TestClock clock = TestClock.at("2026-12-01T09:00:00Z");
        RateLimit limit = new RateLimit(3, Duration.ofMinutes(5), clock);
        assertThat(List.of(limit.tryAcquire("a"), limit.tryAcquire("a"), limit.tryAcquire("a"), limit.tryAcquire("a")))
                .containsExactly(true, true, true, false);
        assertThat(limit.tryAcquire("b")).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(limit.tryAcquire("a")).isTrue();
    }

    @Test
    void roles_comeFromEmailOrGroup_highestWins_nobodyElse() {
        RoleAssignments roles = new RoleAssignments(Map.of("boss@uni.example", "admin", "lt-team", "technologist",
                "staff", "viewer"));
        assertThat(roles.roleFor("Boss@Uni.example", List.of("staff"))).hasValue(Role.ADMIN);
        assertThat(roles.roleFor("sam@uni.example", List.of("staff", "LT-Team"))).hasValue(Role.TECHNOLOGIST);
        assertThat(roles.roleFor("pat@uni.example", List.of("students"))).isEmpty();
    }

    @Test
    void tokens_areRandomAndStoredOnlyAsTheirHash() {
        String token = SecretTokens.next();
        assertThat(token).hasSize(43).isNotEqualTo(SecretTokens.next());
        assertThat(SecretTokens.hash(token)).hasSize(64).doesNotContain(token);
        assertThat(SecretTokens.same(token, token)).isTrue();
        assertThat(SecretTokens.same(token, null)).isFalse();
    }

    @Test
    void toolFilter_matchesWordsNeedSupportReviewAndProtection() {
        List<Tool> tools = DefaultCatalogue.load(new CatalogueYaml(NeedVocabulary.bundled().needs())).tools();
        Tool first = tools.get(0);
        LocalDate today = first.reviewBy().plusDays(1);
        assertThat(new ToolFilter(first.name().toUpperCase(), first.needs().get(0).need(), "", false, null)
                .apply(tools, today)).contains(first);
        assertThat(new ToolFilter("", "", "", true, ToolFilter.Protection.ANY).apply(tools, today))
                .contains(first).allSatisfy(tool -> assertThat(tool.reviewBy()).isBefore(today));
        assertThat(new ToolFilter("", "", "pilot", false, ToolFilter.Protection.ANY).apply(tools, today))
                .allSatisfy(tool -> assertThat(tool.support().name()).isEqualTo("PILOT"));
        assertThat(new ToolFilter("", "", "", false, ToolFilter.Protection.NOT_RECORDED).apply(tools, today))
                .allSatisfy(tool -> assertThat(tool.dataProtection()).isNull());
        assertThat(new ToolFilter("x".repeat(500), "", "", false, null).words()).hasSize(ToolFilter.MAX_WORDS);
    }
}
