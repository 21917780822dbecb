package de.landkreis.integrationsmonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.IntegrationsmonitorApplication;
import de.landkreis.integrationsmonitor.reference.Mailbox;
import de.landkreis.integrationsmonitor.run.Launcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** An analyst's edit of the office directory outlives a restart and a changed directory file. */
class MailboxesTests {

    private static final String HEADER = "ags,email,salutation,sender_domains\n";

    @TempDir
    Path work;

    @Test
    void editsSurviveARestartWithAChangedFileWhichStillFillsTheOtherEntries() throws Exception {
        Path file = work.resolve("mailboxes.csv");
        Files.writeString(file, HEADER + "08436001,alt@achberg.example.org,,achberg.example.org\n"
                + "08436003,alt@aichstetten.example.org,,\n"
                + "08436005,gestrichen@altshausen.example.org,,\n", StandardCharsets.UTF_8);
        Instant edited = Instant.parse("2026-02-10T09:15:00Z");
        try (ConfigurableApplicationContext first = application(file)) {
            first.getBean(Mailboxes.class).edit(new Mailbox("08436001", "integration@achberg.example.org",
                    "Sehr geehrte Frau Muster", List.of("achberg.example.org")), "mueller", edited);
        }
        Files.writeString(file, HEADER + "08436001,neu@achberg.example.org,,\n"
                + "08436003,neu@aichstetten.example.org,Liebe Kolleginnen und Kollegen,aichstetten.example.org\n"
                + "08436004,integration@aitrach.example.org,,\n", StandardCharsets.UTF_8);

        Map<String, Mailboxes.Stored> after;
        try (ConfigurableApplicationContext second = application(file)) {
            after = second.getBean(Mailboxes.class).all();
        }

        assertThat(after.get("08436001")).isEqualTo(new Mailboxes.Stored(new Mailbox("08436001",
                "integration@achberg.example.org", "Sehr geehrte Frau Muster", List.of("achberg.example.org")),
                "mueller", edited));
        assertThat(after.get("08436003")).isEqualTo(new Mailboxes.Stored(new Mailbox("08436003",
                "neu@aichstetten.example.org", "Liebe Kolleginnen und Kollegen", List.of("aichstetten.example.org")),
                null, null));
        assertThat(after.get("08436004").mailbox().email()).isEqualTo("integration@aitrach.example.org");
        // An entry no longer in the file, never edited, is gone.
        assertThat(after).containsOnlyKeys("08436001", "08436003", "08436004");
    }

    private ConfigurableApplicationContext application(Path mailboxes) {
        return new SpringApplicationBuilder(IntegrationsmonitorApplication.class, IntegrationTest.PinnedClock.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + Launcher.h2Url(work.resolve("data")),
                        "logging.file.name=" + work.resolve("app.log"))
                .run("--integrationsmonitor.reference.mailboxes=file:" + mailboxes);
    }
}
