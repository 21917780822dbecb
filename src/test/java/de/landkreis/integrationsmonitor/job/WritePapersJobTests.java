package de.landkreis.integrationsmonitor.job;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.TestInbox;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every run that writes a report writes the Mitteilungsvorlage draft beside it and says where. */
@RecordApplicationEvents
class WritePapersJobTests extends ImportTestSupport {

    private static final Instant RECEIVED = Instant.parse("2026-02-01T08:00:00Z");

    @Autowired
    ApplicationEvents events;

    @Test
    void theDraftLiesBesideTheReportAndTheRunSaysWhere() {
        TestInbox.copy(Path.of("src/test/resources/web/Rueckmeldung_2025_08436052_Kisslegg_Strukturen.csv"),
                inbox.resolve("Kisslegg.csv"), RECEIVED);

        ImportRunResult result = importRun.run(inbox, reports, null);

        Path draft = reports.resolve("2025").resolve("Mitteilungsvorlage_2025.docx");
        assertThat(result.completed()).isTrue();
        assertThat(Path.of(result.report())).hasParent(draft.getParent());
        assertThat(draft).isRegularFile();
        assertThat(draft.resolveSibling("Mitteilungsvorlage_2025.pdf")).doesNotExist();
        assertThat(events.stream(RunNotice.class)).containsExactly(new RunNotice("papers.draft", List.of(draft)));
    }

    @Test
    void withoutAReportThereIsNoDraftEither() {
        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(result.completed()).isTrue();
        assertThat(result.report()).isNull();
        assertThat(reports).isDirectoryNotContaining("glob:**.docx");
        assertThat(events.stream(RunNotice.class)).isEmpty();
    }
}
