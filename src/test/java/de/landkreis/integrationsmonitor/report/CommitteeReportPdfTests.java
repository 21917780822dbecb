package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints the committee report through LibreOffice and counts the pages of each sheet by the sheet name in the page
 * header. Skips where LibreOffice or poppler's pdftotext is missing, except on CI ({@code CI=true}), which
 * installs them ({@code libreoffice-calc}, {@code poppler-utils}, {@code fonts-dejavu-core}). The PDF stays in
 * {@code target/report-pdf} to be looked at.
 */
class CommitteeReportPdfTests extends ReportContext {

    private static final Path OUTPUT = Path.of("target", "report-pdf");

    @Autowired
    CommitteeReportWriter writer;

    @Test
    void overviewCoreTopicsStaffAndReturnsPrintOnOnePageEach() throws Exception {
        requireTools();
        CommitteeFixture.load(fixtures());
        Path workbook = writer.write(OUTPUT, 2025, CommitteeFixture.DATA_AS_OF);
        Path pdf = convert(workbook);

        Map<String, Integer> pages = pagesPerSheet(pdf);

        assertThat(pages).containsEntry("Übersicht", 1).containsEntry("Kernthemen", 1)
                .containsEntry("Personal", 1).containsEntry("Rücklauf", 1);
        assertThat(pages.keySet()).containsExactlyElementsOf(CommitteeReportWriter.SHEETS);
        assertThat(pages.values()).allMatch(count -> count >= 1);
        // The signs reach the page as text, in a font that has them (DejaVu Sans stands in for Segoe UI Symbol).
        String kernthemen = pageText(pdf, 2);
        assertThat(kernthemen).contains("●", "◐", "○");
        assertThat(run(List.of("pdffonts", pdf.toString()))).containsIgnoringCase("DejaVuSans");
    }

    private static void requireTools() {
        boolean present = available("libreoffice") && available("pdftotext") && available("pdffonts");
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("LibreOffice and poppler-utils are required on CI (apt-get install libreoffice-calc poppler-utils"
                    + " fonts-dejavu-core)");
        }
        Assumptions.assumeTrue(present, "LibreOffice or poppler-utils not installed: PDF page count not checked"
                + " (apt-get install libreoffice-calc poppler-utils fonts-dejavu-core)");
    }

    private static boolean available(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static Path convert(Path workbook) throws Exception {
        Path profile = Files.createTempDirectory("lo-profile");
        Path outDir = workbook.getParent();
        // An own profile, so a LibreOffice that is already running elsewhere does not swallow the conversion.
        run(List.of("libreoffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", outDir.toString(), workbook.toString()));
        Path pdf = outDir.resolve(workbook.getFileName().toString().replace(".xlsx", ".pdf"));
        assertThat(pdf).isRegularFile();
        return pdf;
    }

    /** Each page names its sheet in the page header: "Integrationsbericht 2025 – Kernthemen". */
    private static Map<String, Integer> pagesPerSheet(Path pdf) throws Exception {
        String info = run(List.of("pdfinfo", pdf.toString()));
        int count = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .replaceAll("\\D", ""));
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (int page = 1; page <= count; page++) {
            String text = pageText(pdf, page);
            List<String> named = new ArrayList<>();
            for (String sheet : CommitteeReportWriter.SHEETS) {
                if (text.contains("Integrationsbericht 2025 – " + sheet)) {
                    named.add(sheet);
                }
            }
            assertThat(named).as("page %d names one sheet", page).hasSize(1);
            pages.merge(named.get(0), 1, Integer::sum);
        }
        return pages;
    }

    private static String pageText(Path pdf, int page) throws Exception {
        return run(List.of("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), "-enc", "UTF-8",
                pdf.toString(), "-"));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + command);
        }
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return new String(output, StandardCharsets.UTF_8);
    }
}
