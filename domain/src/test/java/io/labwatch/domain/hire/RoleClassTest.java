package io.labwatch.domain.hire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleClassTest {

    private static RoleClass of(String role, String team) {
        Hire h = new Hire();
        h.role = role;
        h.team = team;
        return RoleClass.of(h);
    }

    @Test
    void aRedTeamSecurityResearcherIsSafetyNotCapability() {
        assertThat(of("Security researcher", "Frontier red team")).isEqualTo(RoleClass.SAFETY_AND_SECURITY);
        assertThat(of("Security researcher", "Frontier red team").isCapability()).isFalse();
    }

    @Test
    void rolesFallIntoTheirClasses() {
        assertThat(of("Researcher", "Pre-training")).isEqualTo(RoleClass.RESEARCH);
        assertThat(of("Chief Scientist", null)).isEqualTo(RoleClass.EXECUTIVE);
        assertThat(of("Member of technical staff", "Inference")).isEqualTo(RoleClass.ENGINEERING);
        assertThat(of("Head of Product", null)).isEqualTo(RoleClass.PRODUCT);
        assertThat(of("Head of Enterprise Sales", null)).isEqualTo(RoleClass.GO_TO_MARKET);
        assertThat(of(null, null)).isEqualTo(RoleClass.OTHER);
        assertThat(of("Researcher", "Pre-training").isCapability()).isTrue();
    }
}
