package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.LibreOfficePdf;
import de.landkreis.integrationsmonitor.TestMessages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDFs of a run when things go wrong: no LibreOffice, a configured installation that is none, a conversion that
 * takes longer than the timeout. Each is one German line and no PDF, never an exception. Only the cut-off starts a
 * LibreOffice (its own: the timeout belongs to the process).
 */
class PdfConversionTests {

    private static final Duration TWO_MINUTES = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    @Test
    void withoutLibreOfficeOnThePathOneLineSaysSoAndNoPdfIsWritten() throws IOException {
        Path workbook = workbook(folder.resolve("Integrationsbericht_2025.xlsx"));
        List<PaperNotice> notices = new ArrayList<>();

        List<Path> written = new PdfConversion(new PdfProperties(true, "", TWO_MINUTES),
                folder.resolve("leer").toString()).convert(List.of(workbook), notices);

        assertThat(written).isEmpty();
        assertThat(notices).containsExactly(new PaperNotice("papers.pdf.noOffice", List.of()));
        assertThat(line(notices.get(0))).isEqualTo("Keine PDF-Dateien: LibreOffice wurde nicht gefunden (Befehl "
                + "soffice im Suchpfad oder Einstellung integrationsmonitor.pdf.office-home). Bericht und "
                + "Mitteilungsvorlage liegen als Excel- und Word-Datei vor.");
        assertThat(folder).isDirectoryNotContaining("glob:**.pdf");
    }

    @Test
    void aConfiguredInstallationThatIsNoneIsNamed() throws IOException {
        Path workbook = workbook(folder.resolve("Integrationsbericht_2025.xlsx"));
        List<PaperNotice> notices = new ArrayList<>();
        String home = folder.resolve("libreoffice").toString();

        new PdfConversion(new PdfProperties(true, home, TWO_MINUTES), System.getenv("PATH"))
                .convert(List.of(workbook), notices);

        assertThat(notices).containsExactly(new PaperNotice("papers.pdf.officeHomeMissing", List.of(home)));
        assertThat(line(notices.get(0))).startsWith("Keine PDF-Dateien: Unter " + home + " (Einstellung "
                + "integrationsmonitor.pdf.office-home) gibt es kein LibreOffice mit program/soffice.");
    }

    @Test
    void theInstallationIsFoundThroughTheLinkOnThePath() throws IOException {
        Path program = Files.createDirectories(folder.resolve("lo").resolve("program"));
        Path soffice = Files.writeString(program.resolve("soffice"), "#!/bin/sh\n");
        soffice.toFile().setExecutable(true);
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("soffice"), soffice);

        assertThat(OfficeInstallation.onPath(folder.resolve("leer") + ":" + bin))
                .contains(folder.resolve("lo").toRealPath());
        assertThat(OfficeInstallation.onPath(folder.resolve("leer").toString())).isEmpty();
        assertThat(OfficeInstallation.onPath("")).isEmpty();
    }

    @Test
    void aConversionThatTakesLongerThanTheTimeoutIsCutOffAndTheRunGoesOnWithoutFurtherPdfs() throws IOException {
        LibreOfficePdf.requireTools();
        Path workbook = workbook(folder.resolve("Integrationsbericht_2025.xlsx"));
        Path second = workbook(folder.resolve("Mitteilungsvorlage_2025.xlsx"));
        List<PaperNotice> notices = new ArrayList<>();
        long started = System.nanoTime();

        // No conversion answers within a millisecond: to the program it is one that hangs.
        List<Path> written = new PdfConversion(new PdfProperties(true, "", Duration.ofMillis(1)),
                System.getenv("PATH")).convert(List.of(workbook, second), notices);

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(PdfConversion.LEAST_START_TIMEOUT.plusSeconds(60));
        assertThat(written).isEmpty();
        assertThat(notices).containsExactly(new PaperNotice("papers.pdf.timeout",
                List.of("Integrationsbericht_2025.xlsx", "0,001")));
        assertThat(line(notices.get(0))).isEqualTo("Die Umwandlung von Integrationsbericht_2025.xlsx in PDF wurde "
                + "nach 0,001 Sekunden abgebrochen (integrationsmonitor.pdf.timeout); in diesem Lauf entstehen keine "
                + "weiteren PDF-Dateien.");
        assertThat(folder).isDirectoryNotContaining("glob:**.pdf").isDirectoryNotContaining("glob:**.part");
        // The process it started is gone with its private profile.
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains("integrationsmonitor-pdf-"))).isEmpty();
    }

    private static Path workbook(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Übersicht").createRow(0).createCell(0).setCellValue(0.795);
            workbook.write(out);
        }
        return file;
    }

    private static String line(PaperNotice notice) {
        return TestMessages.german().getMessage(notice.messageKey(), notice.arguments().toArray(), Locale.GERMANY);
    }
}
