package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.landkreis.integrationsmonitor.IntegrationsmonitorApplication;
import de.landkreis.integrationsmonitor.TestInbox;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Server mode's scheduled run fires from its cron expression. The server is started and closed by the test itself,
 * so a scheduler firing every second cannot outlive it in the shared test-context cache.
 */
class ScheduledRunTests {

    @TempDir
    Path inbox;
    @TempDir
    Path reports;
    @TempDir
    Path data;

    @Test
    void aShortCronStartsARunThatImportsTheInbox() {
        TestInbox.write(inbox.resolve("personal.csv"),
                "AGS;Berichtsjahr;Funktion;VZÄ;Besetzt\r\n08436052;2025;IM;0,5;ja\r\n", Instant.now());
        RunOptions options = new RunOptions(RunOptions.Mode.SERVE, inbox, reports, data, null, null, null, null);

        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(IntegrationsmonitorApplication.class)
                .web(WebApplicationType.SERVLET)
                .initializers(context -> context.getBeanFactory().registerSingleton("runOptions", options))
                .run("--" + Launcher.MODE_PROPERTY + "=SERVE", "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:scheduled-run;DB_CLOSE_DELAY=-1",
                        "--logging.file.name=" + data.resolve("integrationsmonitor.log"),
                        "--integrationsmonitor.schedule.cron=*/2 * * * * *")) {
            JdbcClient jdbc = server.getBean(JdbcClient.class);

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql(
                    "select count(*) from batch_job_execution where status = 'COMPLETED'").query(Integer.class).single() > 0);

            assertThat(jdbc.sql("select count(*) from received_file where outcome = 'ACCEPTED'")
                    .query(Integer.class).single()).isEqualTo(1);
        }
    }
}
