package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ProjectTables;
import de.landkreis.integrationsmonitor.reference.MailboxDirectory;
import de.landkreis.integrationsmonitor.run.GuardedRuns;
import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.run.RunStart;
import de.landkreis.integrationsmonitor.store.Mailboxes;
import de.landkreis.integrationsmonitor.store.SchemaTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Empty tables and folders before each web test, and the two returns of Kißlegg the tests upload and import. */
final class WebFixtures {

    static final String STRUCTURES = "Rueckmeldung_2025_08436052_Kisslegg_Strukturen.csv";
    /** Personal with VZÄ 19,5 in E2: rule P02, a FEHLER. */
    static final String STAFF_WITH_ERROR = "Rueckmeldung_2025_08436052_Kisslegg_Personal.csv";

    private final JdbcClient jdbc;
    private final RunOptions options;
    private final GuardedRuns runs;
    private final SchemaTables tables;
    private final Mailboxes mailboxes;
    private final MailboxDirectory directory;

    WebFixtures(JdbcClient jdbc, RunOptions options, GuardedRuns runs, SchemaTables tables, Mailboxes mailboxes,
                MailboxDirectory directory) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.options = options;
        this.runs = runs;
        this.mailboxes = mailboxes;
        this.directory = directory;
    }

    void reset() {
        ProjectTables.clear(jdbc, tables);
        // The office directory as the file gives it, without the edits of an earlier test.
        jdbc.sql("delete from mailbox").update();
        mailboxes.fillFromFile(directory.entries());
        emptyFolder(options.input());
        emptyFolder(options.reports());
    }

    /** Settings of the web pages with these configured analysts and the defaults of everything else. */
    static WebProperties properties(WebProperties.Analyst... users) {
        return new WebProperties(List.of(users), new WebProperties.Lockout(5, 20, Duration.ofMinutes(15),
                Duration.ofMinutes(15)), Duration.ofDays(180), 500);
    }

    /** The only stored analyst: the test user with the test password, an administrator who changed it already. */
    static void storeTestAnalyst(JdbcClient jdbc) {
        jdbc.sql("delete from web_user").update();
        jdbc.sql("insert into web_user (name, password_hash, created_at, role) "
                        + "values (:name, :hash, current_timestamp, 'ADMIN')")
                .param("name", WebTest.USER).param("hash", WebTest.PASSWORD_HASH).update();
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = WebFixtures.class.getResourceAsStream("/web/" + fixture)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fixturePath(String fixture) {
        try {
            return Path.of(WebFixtures.class.getResource("/web/" + fixture).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts both returns of Kißlegg into the inbox and imports them: the run's id. */
    long importBoth() {
        try {
            Files.write(options.input().resolve(STRUCTURES), bytes(STRUCTURES));
            Files.write(options.input().resolve(STAFF_WITH_ERROR), bytes(STAFF_WITH_ERROR));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runAgain();
    }

    /** A run over the inbox as it is (after {@link #importBoth} every file is already known): the run's id. */
    long runAgain() {
        RunStart start = runs.run(options.input(), options.reports(), null);
        assertThat(start).isInstanceOf(RunStart.Finished.class);
        assertThat(((RunStart.Finished) start).result().completed()).isTrue();
        return jdbc.sql("select max(id) from import_run").query(Long.class).single();
    }

    RunOptions options() {
        return options;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    private static void emptyFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
