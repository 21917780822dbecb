package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

class ServerOnlyAutoConfigurationsTests {

    private static final String[] CANDIDATES = {
            "org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.JvmMetricsAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration",
            "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration",
            "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
            "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration",
            "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
            "org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration",
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
            "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
            null};

    @Test
    void aCommandLeavesOutWhatOnlyTheServerNeedsAndKeepsTheRest() {
        assertThat(matches("RUN")).containsExactly(false, false, false, false, false, false, false, false,
                true, true, true, true, true, true);
        assertThat(matches("HISTORY")).containsExactly(matches("RUN"));
    }

    @Test
    void theServerAndAContextWithoutModeKeepEverything() {
        assertThat(matches("SERVE")).containsOnly(true);
        assertThat(matches(null)).containsOnly(true);
    }

    @Test
    void bootFindsTheFilter() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(AutoConfigurationImportFilter.class))
                .anyMatch(ServerOnlyAutoConfigurations.class::isInstance);
    }

    private static boolean[] matches(String mode) {
        MockEnvironment environment = new MockEnvironment();
        if (mode != null) {
            environment.setProperty(Launcher.MODE_PROPERTY, mode);
        }
        ServerOnlyAutoConfigurations filter = new ServerOnlyAutoConfigurations();
        filter.setEnvironment(environment);
        return filter.match(CANDIDATES, null);
    }
}
