package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.IntegrationsmonitorApplication;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.letters.Drafts;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/run.sh} and then {@code scripts/run.sh --erinnerungen JJJJ} on the sample input, as a newcomer
 * starts them: drafts of every Rückfrage and of every reminder, each to its municipality; and the exit codes.
 */
class RemindersProcessTests {

    private static final Instant CLONED = Instant.parse("2026-02-20T08:00:00Z");

    @TempDir
    Path work;

    @Test
    void aRunWritesTheRueckfrageDraftsAndRemindersGoToEveryMunicipalityNotComplete() throws Exception {
        Path input = work.resolve("input");
        Path reports = work.resolve("reports");
        Path data = work.resolve("data");
        TestInbox.copyTree(Path.of("input"), input, CLONED);
        ChildRun run = ChildRun.start(input, reports, data);
        assertThat(run.awaitExit(300)).as("%s", run.output()).isZero();
        assertThat(run.output()).anyMatch(line -> line.startsWith("E-Mail-Entwürfe der Rückfragen: "
                + reports.resolve("briefe")));
        Path rueckfragen = onlyFolder(reports.resolve("rueckfragen"));
        Path drafts = reports.resolve("briefe").resolve(rueckfragen.getFileName());
        // One draft per Rückfrage of a municipality, none for the analysts' list.
        assertThat(names(drafts)).isNotEmpty().containsExactlyElementsOf(names(rueckfragen).stream()
                .filter(n -> !n.equals("Rueckfragen_ohne_Gemeinde.xlsx")).map(n -> n.replace(".xlsx", ".eml")).toList());

        ChildRun reminders = ChildRun.start("--erinnerungen", "2025", "--reports", reports.toString(),
                "--data", data.toString());
        assertThat(reminders.awaitExit(180)).as(() -> log(data)).isZero();

        Path folder = onlyFolder(reports.resolve("briefe/erinnerungen/2025"));
        int notComplete = reminderListRows(reports.resolve("2025/Nachforderungen_2025.xlsx"));
        assertThat(names(folder)).hasSize(notComplete).allMatch(n -> n.matches("Erinnerung_2025_084360\\d\\d_\\w+\\.eml"));
        assertThat(reminders.output()).contains(notComplete + " Erinnerungen für 2025 geschrieben nach " + folder);
        // Achberg sent nothing for 2025.
        MimeMessage achberg = Drafts.read(folder.resolve("Erinnerung_2025_08436001_Achberg.eml"));
        assertThat(achberg.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("integration@achberg.example.org"));
        assertThat(achberg.getSubject())
                .isEqualTo("[BEISPIEL] Erinnerung: Rückmeldung 2025 zur Integrationsarbeit – Achberg (AGS 08436001)");
        assertThat(achberg.getHeader("X-Unsent")).containsExactly("1");
        assertThat(achberg.getContent()).asString()
                .contains("Gemeinde Achberg (AGS 08436001) noch nicht vollständig vor (Stand: fehlt)",
                        "– Abschnitt Strukturen nicht eingegangen", "– Abschnitt Personal nicht eingegangen",
                        // The process runs on the real clock: the deadline is 14 days from today.
                        "bis zum " + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(14)
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));

        ChildRun complete = ChildRun.start("--erinnerungen", "2024", "--reports", reports.toString(),
                "--data", data.toString());
        assertThat(complete.awaitExit(180)).as("%s", complete.output()).isZero();
        assertThat(complete.output())
                .contains("Keine Erinnerung nötig: alle Gemeinden haben für 2024 vollständig zurückgemeldet.");
        assertThat(reports.resolve("briefe/erinnerungen/2024")).doesNotExist();
    }

    @Test
    void aWrongYearIsUsageAndASecondRunIsRefused() throws Exception {
        Path data = work.resolve("data");

        assertThat(launch("--erinnerungen", "25", "--data", data.toString())).isEqualTo(ExitCode.USAGE.code());
        assertThat(launch("--erinnerungen")).isEqualTo(ExitCode.USAGE.code());
        assertThat(launch("--erinnerungen", "2025", "--vorlagen", "2026")).isEqualTo(ExitCode.USAGE.code());
        Optional<DataFolderLock> held = DataFolderLock.tryAcquire(Files.createDirectories(data));
        try (DataFolderLock lock = held.orElseThrow()) {
            assertThat(launch("--erinnerungen", "2025", "--data", data.toString()))
                    .isEqualTo(ExitCode.ALREADY_RUNNING.code());
        }
        assertThat(work.resolve("reports")).doesNotExist();
    }

    /** The technical log, to tell why a process failed. */
    private static String log(Path data) {
        try {
            return Files.readString(data.resolve("integrationsmonitor.log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static int launch(String... args) {
        return Launcher.launch(IntegrationsmonitorApplication.class, args);
    }

    private static Path onlyFolder(Path parent) throws Exception {
        try (Stream<Path> folders = Files.list(parent)) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int reminderListRows(Path workbook) throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            return book.getSheetAt(0).getLastRowNum();
        }
    }
}
