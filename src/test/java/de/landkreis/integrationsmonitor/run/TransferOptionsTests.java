package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.landkreis.integrationsmonitor.run.RunOptions.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export} and {@code --import} on the command line: a new file out, an existing file in. */
class TransferOptionsTests {

    private final CommandLineParser parser = new CommandLineParser(ResourceBundle.getBundle("messages", Locale.GERMANY));

    @TempDir
    Path dir;

    @Test
    void exportWritesANewFileAndImportReadsAnExistingOne() throws Exception {
        Path file = dir.resolve("umzug.zip");

        RunOptions export = parser.parse(List.of("--export", file.toString())).orElseThrow();
        Files.createFile(file);
        RunOptions imported = parser.parse(List.of("--db", "jdbc:postgresql://db:5432/im", "--import", file.toString()))
                .orElseThrow();

        assertThat(export.mode()).isEqualTo(Mode.EXPORT);
        assertThat(export.file()).isEqualTo(file);
        assertThat(imported.mode()).isEqualTo(Mode.IMPORT);
        assertThat(imported.file()).isEqualTo(file);
        assertThat(imported.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/im");
    }

    @Test
    void anExportNeverOverwritesAndAnImportNeedsItsFile() throws IOException {
        Path existing = Files.createFile(dir.resolve("alt.zip"));

        assertThatThrownBy(() -> parser.parse(List.of("--export", existing.toString())))
                .isInstanceOf(UsageException.class).hasMessageContaining("gibt es schon");
        assertThatThrownBy(() -> parser.parse(List.of("--import", dir.resolve("fehlt.zip").toString())))
                .isInstanceOf(UsageException.class).hasMessageContaining("nicht gefunden");
        assertThatThrownBy(() -> parser.parse(List.of("--history", "--export", dir.resolve("neu.zip").toString())))
                .isInstanceOf(UsageException.class).hasMessageContaining("--export und --import");
    }
}
