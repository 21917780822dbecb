package de.landkreis.integrationsmonitor.job;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.LibreOffice;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.returns.FormatFixtures;
import de.landkreis.integrationsmonitor.returns.FormatFixtures.Fixture;
import de.landkreis.integrationsmonitor.returns.FormatFixtures.NoSection;
import de.landkreis.integrationsmonitor.returns.FormatFixtures.Read;
import de.landkreis.integrationsmonitor.returns.FormatFixtures.Unreadable;
import de.landkreis.integrationsmonitor.returns.ReadFailure;
import de.landkreis.integrationsmonitor.store.RunFindings;
import de.landkreis.integrationsmonitor.validation.FileOutcome;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 end to end: every fixture of {@link FormatFixtures} in one inbox and one run. Each file gets exactly one
 * decision with the expected findings at the cells a person sees, no German message names a Java class, and every
 * file that cannot be read (D02) leaves one line in the technical log with the file, the decision and the cause.
 */
class FileFormatsJobTests extends ImportTestSupport {

    private static final Instant RECEIVED = Instant.parse("2026-02-02T08:00:00Z");

    @Autowired
    RunFindings runFindings;

    @Test
    void everyFileGetsOneDecisionInGermanAndEveryUnreadableFileALogLine() throws Exception {
        LibreOffice.require();
        Path fixtures = FormatFixtures.directory();
        List<Fixture> all = FormatFixtures.all();
        all.forEach(f -> TestInbox.copy(fixtures.resolve(f.file()), inbox.resolve(f.file()), RECEIVED));
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        ImportRunResult result;
        try {
            result = importRun.run(inbox, reports, null);
        } finally {
            root.detachAppender(log);
        }

        assertThat(result.completed()).isTrue();
        Map<String, String> outcomes = jdbc.sql("select relative_path, outcome from received_file")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(outcomes).hasSize(all.size());
        Map<String, List<Finding>> findings = runFindings.ofRun(lastRunId()).stream()
                .collect(Collectors.groupingBy(f -> f.location().file()));
        assertThat(findings.values()).allSatisfy(list -> assertThat(list).allSatisfy(f -> assertThat(f.message())
                .as("no Java class in what people read").doesNotContainPattern("(Exception|Error)\\b|java\\.|org\\.")));
        List<String> logLines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();

        for (Fixture fixture : all) {
            List<Finding> own = findings.getOrDefault(fixture.file(), List.of());
            String outcome = outcomes.get(fixture.file());
            if (fixture.expected() instanceof Read read) {
                Severity severity = read.rule().equals("P05") ? Severity.FEHLER : Severity.WARNUNG;
                assertThat(outcome).as(fixture.file())
                        .isEqualTo((severity == Severity.FEHLER ? FileOutcome.REJECTED : FileOutcome.ACCEPTED).name());
                assertThat(codes(own)).as(fixture.file())
                        .isEqualTo(read.macros() ? List.of("D05", read.rule()) : List.of(read.rule()));
                Finding finding = own.get(own.size() - 1);
                assertThat(finding.severity()).isEqualTo(severity);
                assertThat(finding.location().cellReference()).as(fixture.file()).isEqualTo(read.cell());
                assertThat(finding.value()).isEqualTo(read.value());
                assertThat(finding.ags()).isEqualTo(fixture.ags());
                assertThat(finding.message()).as("names the municipality").contains(" (" + fixture.ags() + "): ");
            } else if (fixture.expected() instanceof NoSection none) {
                assertThat(outcome).as(fixture.file()).isEqualTo(FileOutcome.REJECTED.name());
                assertThat(codes(own)).as(fixture.file())
                        .isEqualTo(none.macros() ? List.of("D05", "D03") : List.of("D03"));
            } else {
                Unreadable unreadable = (Unreadable) fixture.expected();
                assertThat(outcome).as(fixture.file()).isEqualTo(FileOutcome.REJECTED.name());
                assertThat(own).as(fixture.file()).singleElement().satisfies(f -> {
                    assertThat(f.rule().code()).isEqualTo(unreadable.rule());
                    assertThat(f.location().row()).isNull();
                    assertThat(f.message()).contains(unreadable.detail());
                    if (unreadable.rule().equals("D01")) {
                        assertThat(f.message()).as("how to save it").contains("„Speichern unter“",
                                "Excel-Arbeitsmappe (.xlsx)", "OpenDocument-Tabelle (.ods)", "CSV-Datei");
                    } else if (unreadable.failure() == ReadFailure.UNSUPPORTED_ENCODING) {
                        assertThat(f.message()).contains("als „CSV UTF-8“ speichern");
                    }
                });
                assertThat(logLines.stream().filter(line -> line.contains("„" + fixture.file() + "“")))
                        .as("technical log lines of " + fixture.file())
                        .hasSize(unreadable.rule().equals("D02") ? 1 : 0)
                        .allSatisfy(line -> assertThat(line).contains("D02", unreadable.failure().name()));
            }
        }
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().code()).toList();
    }

    private long lastRunId() {
        return jdbc.sql("select max(id) from import_run").query(Long.class).single();
    }
}
