package de.landkreis.integrationsmonitor.returns;

import static de.landkreis.integrationsmonitor.returns.ReturnFixtures.german;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.landkreis.integrationsmonitor.returns.ReturnFixtures.GermanFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenDocument spreadsheets built from the structure the ODF specification gives: repetitions expanded to the rows
 * and columns LibreOffice shows, and bounded however large a hostile file claims them; the zip-bomb, row and
 * entity protections of the workbooks apply as for XLSX. (Files LibreOffice itself writes: {@link FileFormatsTests},
 * {@link WorkbookReadingTests}.)
 */
class OdsReadingTests {

    private static final String HEADER = """
            <table:table-row><table:table-cell table:number-columns-repeated="2"/>\
            <table:table-cell office:value-type="string"><text:p>Funktion</text:p></table:table-cell>\
            <table:table-cell office:value-type="string"><text:p>VZÄ</text:p></table:table-cell>\
            <table:table-cell office:value-type="string"><text:p>Besetzt</text:p></table:table-cell>\
            <table:table-cell office:value-type="string"><text:p>Unbesetzt seit</text:p></table:table-cell>\
            <table:table-cell office:value-type="string"><text:p>Befristet bis</text:p></table:table-cell>\
            <table:table-cell office:value-type="string"><text:p>Bemerkung</text:p></table:table-cell>\
            <table:table-cell table:number-columns-repeated="16376"/></table:table-row>""";

    @TempDir
    Path dir;

    private final DetectingReturnFileReader reader = ReturnFixtures.reader();

    @Test
    void repeatedRowsAndColumnsAreTheRowsAndColumnsLibreOfficeShows() throws IOException {
        Path file = write("personal.ods", """
                <table:table table:name="Personal">%s\
                <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/>\
                </table:table-row>\
                <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"/>\
                <table:table-cell office:value-type="string"><text:p>IM</text:p></table:table-cell>\
                <table:table-cell office:value-type="float" office:value="0.5"><text:p>0,5</text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><text:p>ja</text:p></table:table-cell>\
                <table:covered-table-cell/>\
                <table:table-cell office:value-type="date" office:date-value="2026-12-31"><text:p>31.12.26</text:p>\
                </table:table-cell>\
                <table:table-cell office:value-type="string"><office:annotation><text:p>Notiz</text:p></office:annotation>\
                <text:p>Zeile<text:s text:c="3"/>eins</text:p><text:p>zwei<text:tab/><text:span>Ende</text:span></text:p>\
                </table:table-cell></table:table-row>\
                <table:table-row><table:table-cell table:number-columns-repeated="2"/>\
                <table:table-cell office:value-type="string"><text:p>IB</text:p>\
                <draw:custom-shape><text:p>Pfeil</text:p></draw:custom-shape></table:table-cell>\
                <table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25 %%</text:p></table:table-cell>\
                <table:table-cell office:value-type="string" table:number-columns-repeated="2"><text:p>nein</text:p>\
                </table:table-cell>\
                <table:table-cell office:value-type="time" office:time-value="PT13H45M00S"><text:p>13:45</text:p>\
                </table:table-cell></table:table-row>\
                <table:table-row table:number-rows-repeated="1048568"><table:table-cell table:number-columns-repeated="16384"/>\
                </table:table-row></table:table>\
                <table:table table:name="Listen"><table:table-row><table:table-cell office:value-type="string">\
                <text:p>ja</text:p></table:table-cell></table:table-row></table:table>""".formatted(HEADER));

        ReadResult.Content content = (ReadResult.Content) reader.read(file, "personal.ods");

        assertThat(content.format()).isEqualTo(FileFormat.ODS);
        assertThat(content.macros()).isFalse();
        SectionTable table = content.tables().get(0);
        assertThat(content.tables()).hasSize(1);
        assertThat(table.location()).isEqualTo(new Location("personal.ods", "Personal", 1, null));
        assertThat(table.columns()).containsEntry(Field.FUNKTION, "C").containsEntry(Field.VZAE, "D")
                .containsEntry(Field.UNBESETZT_SEIT, "F").containsEntry(Field.BEFRISTET_BIS, "G")
                .containsEntry(Field.BEMERKUNG, "H");
        assertThat(table.rows()).extracting(DataRow::row).as("three empty rows, then one row twice").containsExactly(5, 6, 7);
        for (DataRow repeated : table.rows().subList(0, 2)) {
            assertThat(repeated.get(Field.VZAE)).isEqualTo(new CellValue("0,5", 0.5, null));
            assertThat(repeated.get(Field.BEFRISTET_BIS))
                    .isEqualTo(new CellValue("31.12.2026", null, LocalDate.of(2026, 12, 31)));
            assertThat(repeated.text(Field.BEMERKUNG)).as("spaces, tab and paragraphs; no annotation")
                    .isEqualTo("Zeile   eins\nzwei\tEnde");
        }
        DataRow last = table.rows().get(2);
        assertThat(last.text(Field.FUNKTION)).as("no text of a shape in the cell").isEqualTo("IB");
        assertThat(last.get(Field.VZAE)).isEqualTo(new CellValue("25 %", 0.25, null));
        assertThat(last.text(Field.BESETZT)).isEqualTo("nein");
        assertThat(last.text(Field.UNBESETZT_SEIT)).as("the second column of a repeated cell").isEqualTo("nein");
        assertThat(last.get(Field.BEFRISTET_BIS)).as("a time alone is no date").isEqualTo(CellValue.text("13:45"));
        assertThat(DateText.of(last.get(Field.BEFRISTET_BIS))).isEmpty();
        assertThat(table.cell(last.row(), Field.BEFRISTET_BIS).cellReference()).isEqualTo("Personal!G7");
    }

    @Test
    void aRowRepeatedAMillionTimesEndsAtTheRowLimitAndACellAtTheLastColumn() throws IOException {
        Path file = write("riesig.ods", """
                <table:table table:name="Personal">%s\
                <table:table-row table:number-rows-repeated="1048575">\
                <table:table-cell office:value-type="string" table:number-columns-repeated="2147483647">\
                <text:p>IM</text:p></table:table-cell></table:table-row></table:table>""".formatted(HEADER));

        ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.read(file, "riesig.ods"));

        assertThat(german(result)).isEqualTo(new GermanFailure(ReadFailure.TOO_MANY_ROWS,
                "Das Tabellenblatt „Personal“ hat mehr als 5000 Zeilen."));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), "GEHEIM");
        String content = FormatFixtures.odsContent("""
                <table:table table:name="Personal">%s<table:table-row><table:table-cell table:number-columns-repeated="2"/>\
                <table:table-cell office:value-type="string"><text:p>&geheim;</text:p></table:table-cell>\
                </table:table-row></table:table>""".formatted(HEADER))
                .replace("<office:document-content", "<!DOCTYPE office:document-content [<!ENTITY geheim SYSTEM \""
                        + secret.toUri() + "\">]><office:document-content");
        Path file = Files.write(dir.resolve("xxe.ods"), FormatFixtures.ods(content, ""));

        assertThat(german(reader.read(file, "xxe.ods")))
                .isEqualTo(new GermanFailure(ReadFailure.DAMAGED, "Die Arbeitsmappe ist beschädigt."));
    }

    @Test
    void aContentThatWouldInflateBeyondTheRatioIsAZipBomb() throws IOException {
        String content = FormatFixtures.odsContent("<table:table table:name=\"Personal\">" + HEADER
                + "<!-- " + " ".repeat(30_000_000) + " --></table:table>");
        Path file = Files.write(dir.resolve("bombe.ods"), FormatFixtures.ods(content, ""));

        assertThat(Files.size(file)).isLessThan(100_000);
        assertThat(german(reader.read(file, "bombe.ods"))).isEqualTo(new GermanFailure(ReadFailure.TOO_LARGE,
                "Die Arbeitsmappe wäre entpackt zu groß (Schutz vor ZIP-Bomben)."));
    }

    @Test
    void aPasswordProtectedSpreadsheetIsToldSo() throws IOException {
        Path file = Files.write(dir.resolve("geschuetzt.ods"), FormatFixtures.ods(
                FormatFixtures.odsContent("<table:table table:name=\"Personal\">" + HEADER + "</table:table>"),
                "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\"/>"));

        assertThat(german(reader.read(file, "geschuetzt.ods")))
                .isEqualTo(new GermanFailure(ReadFailure.ENCRYPTED, "Die Arbeitsmappe ist kennwortgeschützt."));
    }

    private Path write(String name, String tables) throws IOException {
        return Files.write(dir.resolve(name), FormatFixtures.ods(tables));
    }
}
