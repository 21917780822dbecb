package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.LibreOfficePdf;
import de.landkreis.integrationsmonitor.TestInbox;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committee papers of a run started as the district starts it, a separate JVM with the shipped settings (PDFs
 * on): the lines a person reads and the exit code when the office's template is broken, when LibreOffice is missing
 * and when a conversion hangs. Whatever goes wrong with the papers, the run ends with 0.
 */
class PapersProcessTests {

    private static final Instant RECEIVED = Instant.parse("2026-02-01T08:00:00Z");
    private static final String PDF_ON = "-Dintegrationsmonitor.pdf.enabled=true";

    @TempDir
    Path inbox;
    @TempDir
    Path reports;
    @TempDir
    Path data;
    @TempDir
    Path folder;

    @BeforeEach
    void oneReturn() {
        TestInbox.copy(Path.of("src/test/resources/web/Rueckmeldung_2025_08436052_Kisslegg_Strukturen.csv"),
                inbox.resolve("Kisslegg.csv"), RECEIVED);
    }

    @Test
    void aRunWritesTheDraftFromTheShippedTemplateWhenTheOfficesHasAnUnknownPlaceholderAndBothPdfsTagged()
            throws Exception {
        LibreOfficePdf.requireWriter();
        Path template = folder.resolve("Vorlage Amt.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(template)) {
            document.createParagraph().createRun().setText("Sehr geehrte Damen und Herren, {{anrede}}");
            document.write(out);
        }

        ChildRun run = ChildRun.startWithJvmOptions(List.of(PDF_ON,
                "-Dintegrationsmonitor.draft.template=" + template), args());

        assertThat(run.awaitExit(300)).as(String.join("\n", run.output())).isZero();
        Path year = reports.resolve("2025");
        assertThat(run.output()).containsSubsequence(
                "Die Vorlage " + template + " enthält den unbekannten Platzhalter {{anrede}}; die Mitteilungsvorlage "
                        + "wurde mit der mitgelieferten Vorlage geschrieben. Die erlaubten Platzhalter nennt die README.",
                "Mitteilungsvorlage (Entwurf): " + year.resolve("Mitteilungsvorlage_2025.docx"),
                "PDF (barrierefrei, für das Ratsinformationssystem): " + year.resolve("Integrationsbericht_2025.pdf"),
                "PDF (barrierefrei, für das Ratsinformationssystem): " + year.resolve("Mitteilungsvorlage_2025.pdf"),
                "Bericht für den Sozialausschuss: " + year.resolve("Integrationsbericht_2025.xlsx"));
        assertThat(run.output()).filteredOn(line -> line.contains("Vorlage " + template)).hasSize(1);
        for (String pdf : List.of("Integrationsbericht_2025.pdf", "Mitteilungsvorlage_2025.pdf")) {
            assertThat(LibreOfficePdf.info(year.resolve(pdf))).containsEntry("Tagged", "yes");
        }
        assertThat(LibreOfficePdf.pageText(year.resolve("Mitteilungsvorlage_2025.pdf"), 1))
                .contains("Mitteilungsvorlage", "Beispieldaten (fiktiv)").doesNotContain("{{", "anrede");
    }

    @Test
    void withoutLibreOfficeOneLineSaysSoAndTheRunEndsWithZero() throws Exception {
        // java is started by its full path; nothing else is found on this PATH.
        ChildRun run = ChildRun.startWithEnvironment(Map.of("PATH", folder.resolve("leer").toString()),
                List.of(PDF_ON), args());

        assertThat(run.awaitExit(300)).as(String.join("\n", run.output())).isZero();
        assertThat(run.output()).filteredOn(line -> line.contains("PDF")).containsExactly("Keine PDF-Dateien: "
                + "LibreOffice wurde nicht gefunden (Befehl soffice im Suchpfad oder Einstellung "
                + "integrationsmonitor.pdf.office-home). Bericht und Mitteilungsvorlage liegen als Excel- und "
                + "Word-Datei vor.");
        assertThat(reports.resolve("2025").resolve("Mitteilungsvorlage_2025.docx")).isRegularFile();
        assertThat(reports.resolve("2025")).isDirectoryNotContaining("glob:**.pdf");
        assertThat(run.output()).anyMatch(line -> line.startsWith("Bericht für den Sozialausschuss: "));
    }

    @Test
    void aConversionThatHangsIsCutOffInOneLineAndTheRunGoesOn() throws Exception {
        LibreOfficePdf.requireTools();

        ChildRun run = ChildRun.startWithJvmOptions(List.of(PDF_ON, "-Dintegrationsmonitor.pdf.timeout=1ms"),
                args());

        assertThat(run.awaitExit(300)).as(String.join("\n", run.output())).isZero();
        assertThat(run.output()).filteredOn(line -> line.contains("PDF")).containsExactly("Die Umwandlung von "
                + "Integrationsbericht_2025.xlsx in PDF wurde nach 0,001 Sekunden abgebrochen "
                + "(integrationsmonitor.pdf.timeout); in diesem Lauf entstehen keine weiteren PDF-Dateien.");
        assertThat(reports.resolve("2025")).isDirectoryNotContaining("glob:**.pdf")
                .isDirectoryNotContaining("glob:**.part");
        assertThat(run.output()).anyMatch(line -> line.startsWith("Dateien gelesen: 1"))
                .anyMatch(line -> line.startsWith("Bericht für den Sozialausschuss: "));
    }

    private String[] args() throws IOException {
        return new String[] {"--input", inbox.toString(), "--reports", reports.toString(), "--data",
                data.toString()};
    }
}
