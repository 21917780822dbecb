package de.landkreis.integrationsmonitor.report;

import static de.landkreis.integrationsmonitor.report.ValidationLogFixtures.RUN_START;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.Rule;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationLogWriterTests {

    private static final String HEADER = "Datei;Blatt;Zeile;Spalte;Regel;Schweregrad;Meldung;Wert";
    private static final String P02_MESSAGE =
            "VZÄ 19,5 ist größer als 1: vermutlich Wochenstunden eingetragen (39 Wochenstunden = 1,0 VZÄ) – "
                    + "Musterdorf (08436064)";

    @TempDir
    Path reports;

    private final ValidationLogWriter writer = ValidationLogFixtures.writer();

    @Test
    void writesBothFilesNamedByTheRunStartBelowPruefprotokolle() throws Exception {
        ValidationLogFiles files = writer.write(reports, RUN_START, List.of());

        Path directory = reports.resolve("pruefprotokolle");
        assertThat(files.csv()).isEqualTo(directory.resolve("Pruefprotokoll_20260302-060000.csv")).isRegularFile();
        assertThat(files.workbook()).isEqualTo(directory.resolve("Pruefprotokoll_20260302-060000.xlsx"))
                .isRegularFile();
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndCrlf() throws Exception {
        Finding finding = new Finding(Rule.P02, new Location("Rückmeldung_Musterdorf.xlsx", "Personal", 7, "D"),
                P02_MESSAGE, "19,5", "08436064");

        byte[] bytes = Files.readAllBytes(writer.write(reports, RUN_START, List.of(finding)).csv());

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, UTF_8)).isEqualTo(HEADER + "\r\n"
                + "Rückmeldung_Musterdorf.xlsx;Personal;7;D;P02;FEHLER;" + P02_MESSAGE + ";19,5\r\n");
    }

    @Test
    void csvLeavesSheetRowAndColumnEmptyWhereTheFindingNamesTheFileOnly() throws Exception {
        Finding finding = new Finding(Rule.D01, Location.ofFile("scan.pdf"),
                "Dateityp nicht unterstützt: bitte als .xlsx oder CSV senden", "", null);

        List<String> lines = csvLines(writer.write(reports, RUN_START, List.of(finding)).csv());

        assertThat(lines.get(1))
                .isEqualTo("scan.pdf;;;;D01;FEHLER;Dateityp nicht unterstützt: bitte als .xlsx oder CSV senden;");
    }

    @Test
    void csvNeutralisesValuesThatWouldRunAsFormulas() throws Exception {
        Location csvFile = new Location("musterdorf.csv", null, 4, "E");
        List<Finding> findings = Stream.of("=HYPERLINK(\"x\")", "-5", "+1", "@SUM(A1)", "\tTabulator")
                .map(value -> new Finding(Rule.S05, csvFile, "Angebote ist keine ganze Zahl", value, "08436064"))
                .toList();

        Path csv = writer.write(reports, RUN_START, findings).csv();

        assertThat(csvLines(csv).get(1)).isEqualTo(
                "musterdorf.csv;;4;E;S05;FEHLER;Angebote ist keine ganze Zahl;\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(readCsv(csv).stream().skip(1).map(fields -> fields[7]))
                .containsExactly("'=HYPERLINK(\"x\")", "'-5", "'+1", "'@SUM(A1)", "'\tTabulator");
    }

    @Test
    void csvQuotesSemicolonsQuotesAndLineBreaksSoTheyRoundTrip() throws Exception {
        String message = "Freitext zu lang; bitte kürzen.\nZweite Zeile mit \"Anführungszeichen\"";
        Finding finding = new Finding(Rule.Z01, new Location("a;b.csv", null, 12, "H"), message, "x;y", null);

        List<String[]> rows = readCsv(writer.write(reports, RUN_START, List.of(finding)).csv());

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly(HEADER.split(";"));
        assertThat(rows.get(1)).containsExactly("a;b.csv", "", "12", "H", "Z01", "FEHLER", message, "x;y");
    }

    @Test
    void keepsTheOrderOfTheFindings() throws Exception {
        List<Finding> findings = List.of(
                new Finding(Rule.S03, new Location("b.xlsx", "Strukturen", 3, "A"), "Kernthema fehlt", "SP", null),
                new Finding(Rule.D05, Location.ofFile("a.xlsm"), "Makros", "", null),
                new Finding(Rule.K02, new Location("b.xlsx", "Angaben", 3, "B"), "Name passt nicht", "X", null));

        List<String[]> rows = readCsv(writer.write(reports, RUN_START, findings).csv());

        assertThat(rows.stream().skip(1).map(fields -> fields[4])).containsExactly("S03", "D05", "K02");
    }

    @Test
    void aSecondLogOfTheSameRunStartGetsItsOwnName() throws Exception {
        ValidationLogFiles first = writer.write(reports, RUN_START, List.of());
        ValidationLogFiles second = writer.write(reports, RUN_START, List.of());

        assertThat(second.csv()).isNotEqualTo(first.csv());
        assertThat(second.csv().getFileName()).hasToString("Pruefprotokoll_20260302-060000-2.csv");
        assertThat(second.workbook().getFileName()).hasToString("Pruefprotokoll_20260302-060000-2.xlsx");
        assertThat(first.csv()).isRegularFile();
        assertThat(first.workbook()).isRegularFile();
    }

    @Test
    void neverOverwritesAWorkbookLeftWithoutItsCsv() throws Exception {
        Path directory = Files.createDirectories(reports.resolve("pruefprotokolle"));
        Path stray = Files.writeString(directory.resolve("Pruefprotokoll_20260302-060000.xlsx"), "von Hand abgelegt");

        ValidationLogFiles files = writer.write(reports, RUN_START, List.of());

        assertThat(files.csv().getFileName()).hasToString("Pruefprotokoll_20260302-060000-2.csv");
        assertThat(stray).hasContent("von Hand abgelegt");
        assertThat(directory.resolve("Pruefprotokoll_20260302-060000.csv")).doesNotExist();
    }

    private static List<String> csvLines(Path csv) throws Exception {
        String content = Files.readString(csv, UTF_8).substring(1);
        return List.of(content.split("\r\n"));
    }

    private static List<String[]> readCsv(Path csv) throws Exception {
        String content = Files.readString(csv, UTF_8);
        assertThat(content).startsWith("\uFEFF");
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(content.substring(1)))
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(';').build())
                .build()) {
            return reader.readAll();
        }
    }
}
