package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.TestMessages;
import de.landkreis.integrationsmonitor.job.RunNotice;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run's steps tell the person at the console: one German line each, from the bundle. */
class ConsoleNoticesTests {

    @Test
    void eachNoticeIsOneGermanLine() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ConsoleNotices notices = new ConsoleNotices(new ConsoleOutput(TestMessages.german()));
            notices.on(new RunNotice("papers.draft", List.of(Path.of("berichte/2025/Mitteilungsvorlage_2025.docx"))));
            notices.on(new RunNotice("papers.pdf.timeout", List.of("Integrationsbericht_2025.xlsx", "120")));
        } finally {
            System.setOut(original);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Mitteilungsvorlage (Entwurf): berichte/2025/Mitteilungsvorlage_2025.docx",
                "Die Umwandlung von Integrationsbericht_2025.xlsx in PDF wurde nach 120 Sekunden abgebrochen "
                        + "(integrationsmonitor.pdf.timeout); in diesem Lauf entstehen keine weiteren PDF-Dateien.");
    }
}
