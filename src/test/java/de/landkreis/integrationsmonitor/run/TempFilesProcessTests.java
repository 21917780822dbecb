package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI's streaming workbooks (the Prüfprotokoll) buffer their rows in temporary files. By default POI puts them into
 * {@code <java.io.tmpdir>/poifiles}, one folder for every user of the server: once root (or the service user) had
 * created it, every other user's run failed while writing the Prüfprotokoll. Each process uses a folder of its own.
 */
class TempFilesProcessTests {

    @TempDir
    Path inbox;
    @TempDir
    Path reports;
    @TempDir
    Path data;
    @TempDir
    Path tmp;

    @Test
    void aRunDoesNotNeedTheSharedPoiFolderAndLeavesNoFolderBehind() throws Exception {
        Files.writeString(inbox.resolve("personal.csv"),
                "AGS;Berichtsjahr;Funktion;VZÄ;Besetzt\r\n08436001;2025;IM;0,5;nein\r\n", StandardCharsets.UTF_8);
        // Another user's poifiles folder, unusable for this process (a plain file fails even for root).
        Files.writeString(tmp.resolve("poifiles"), "");

        ChildRun run = ChildRun.startWithJvmOptions(List.of("-Djava.io.tmpdir=" + tmp),
                "--input", inbox.toString(), "--reports", reports.toString(), "--data", data.toString());

        assertThat(run.awaitExit(180)).as(String.join("\n", run.output())).isZero();
        try (Stream<Path> logs = Files.list(reports.resolve("pruefprotokolle"))) {
            assertThat(logs.map(p -> p.getFileName().toString())).anyMatch(name -> name.endsWith(".xlsx"));
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("poifiles");
        }
    }
}
