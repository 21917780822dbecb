package de.landkreis.integrationsmonitor.returns;

import static de.landkreis.integrationsmonitor.returns.ReturnFixtures.german;
import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.returns.ReturnFixtures.GermanFailure;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/** The same Personal content in the CSV dialects municipalities send reads to the same values and cells. */
class CsvReadingTests {

    private static final LocalDate END_OF_YEAR = LocalDate.of(2025, 12, 31);
    private static final LocalDate VACANT_SINCE = LocalDate.of(2025, 6, 30);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] NO_BOM = {};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    @TempDir
    Path dir;

    /** How one file writes the same content. */
    record Dialect(String name, Charset charset, byte[] bom, char delimiter, boolean decimalComma, String datePattern,
                   String lineEnd, boolean trailingEmpties) {

        @Override
        public String toString() {
            return name;
        }

        String date(LocalDate date) {
            return datePattern.equals("serial") ? String.valueOf((long) DateUtil.getExcelDate(date))
                    : date.format(DateTimeFormatter.ofPattern(datePattern));
        }

        String fte(String value) {
            return decimalComma ? value : value.replace(',', '.');
        }
    }

    static Stream<Dialect> dialects() {
        return Stream.of(
                new Dialect("UTF-8 ; Komma", StandardCharsets.UTF_8, NO_BOM, ';', true, "dd.MM.yyyy", "\r\n", false),
                new Dialect("UTF-8+BOM ; zweistelliges Jahr", StandardCharsets.UTF_8, UTF8_BOM, ';', true,
                        "dd.MM.yy", "\r\n", false),
                new Dialect("UTF-16LE+BOM Tab ISO-Datum", StandardCharsets.UTF_16LE, UTF16LE_BOM, '\t', true,
                        "yyyy-MM-dd", "\r\n", false),
                new Dialect("Windows-1252 ; Seriennummer, Leerspalten", WINDOWS_1252, NO_BOM, ';', true, "serial",
                        "\r\n", true),
                new Dialect("UTF-8 , Punkt LF, Leerzeilen", StandardCharsets.UTF_8, NO_BOM, ',', false,
                        "yyyy-MM-dd", "\n", true),
                new Dialect("UTF-8 , Komma in Anführungszeichen", StandardCharsets.UTF_8, NO_BOM, ',', true,
                        "dd.MM.yyyy", "\r\n", false),
                new Dialect("Windows-1252 Tab Punkt", WINDOWS_1252, NO_BOM, '\t', false, "dd.MM.yy", "\r\n", false),
                new Dialect("UTF-16LE ohne BOM Tab (Unicode-Text)", StandardCharsets.UTF_16LE, NO_BOM, '\t', true,
                        "dd.MM.yyyy", "\r\n", false),
                new Dialect("UTF-16BE ohne BOM ;", StandardCharsets.UTF_16BE, NO_BOM, ';', true, "dd.MM.yyyy",
                        "\n", false));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void readsEveryDialectToTheSameValuesAndCells(Dialect dialect) throws IOException {
        List<List<String>> records = List.of(
                List.of("Rückmeldung Personal 2025 – Landkreis Ravensburg"),
                List.of(""),
                List.of("AGS", "Gemeinde", "Berichtsjahr", "Funktion", "VZÄ", "Besetzt", "Unbesetzt seit",
                        "Befristet bis", "Anstellungsträger", "Finanzierung", "Versorgte Gemeinden", "Bemerkung"),
                List.of("08436064", "Kißlegg", "2025", "IM", dialect.fte("0,5"), "ja", "", dialect.date(END_OF_YEAR),
                        "Gemeinde", "Land-IM", "", "Zeile eins\nZeile zwei"),
                List.of("08436064", "Kißlegg", "2025", "IB", dialect.fte("0,25"), "nein", dialect.date(VACANT_SINCE),
                        "", "Freier Träger: Caritas", "Kommune", "Argenbühl; Isny", ""));
        Path file = write(dialect, records);

        ReadResult.Content content = (ReadResult.Content) ReturnFixtures.reader().read(file, "personal.csv");

        assertThat(content.format()).isEqualTo(FileFormat.CSV);
        assertThat(content.angaben()).isEmpty();
        SectionTable table = content.tables().get(0);
        assertThat(content.tables()).hasSize(1);
        assertThat(table.section()).isEqualTo(Section.PERSONAL);
        assertThat(table.location()).isEqualTo(new Location("personal.csv", null, 3, null));
        assertThat(table.columns()).containsEntry(Field.AGS, "A").containsEntry(Field.VZAE, "E")
                .containsEntry(Field.BEFRISTET_BIS, "H").containsEntry(Field.BEMERKUNG, "L").hasSize(12);
        assertThat(table.rows()).extracting(DataRow::row).as("a quoted line break is no new row").containsExactly(4, 5);

        DataRow first = table.rows().get(0);
        assertThat(first.text(Field.GEMEINDE)).isEqualTo("Kißlegg");
        assertThat(first.get(Field.VZAE).number()).isEqualTo(0.5);
        assertThat(first.get(Field.VZAE).text()).isEqualTo(dialect.fte("0,5"));
        assertThat(DateText.of(first.get(Field.BEFRISTET_BIS))).contains(END_OF_YEAR);
        assertThat(first.text(Field.BEMERKUNG)).isEqualTo("Zeile eins\nZeile zwei");
        assertThat(first.has(Field.UNBESETZT_SEIT)).isFalse();

        DataRow second = table.rows().get(1);
        assertThat(NumberText.of(second.get(Field.VZAE))).contains(new BigDecimal("0.25"));
        assertThat(DateText.of(second.get(Field.UNBESETZT_SEIT))).contains(VACANT_SINCE);
        assertThat(second.text(Field.ANSTELLUNGSTRAEGER)).isEqualTo("Freier Träger: Caritas");
        assertThat(second.text(Field.VERSORGTE_GEMEINDEN)).isEqualTo("Argenbühl; Isny");
        assertThat(table.cell(second.row(), Field.UNBESETZT_SEIT).cellReference()).isEqualTo("G5");
    }

    @Test
    void readsAStrukturenFileWithGroupedThousandsUnderTheCommaConvention() throws IOException {
        Path file = Files.writeString(dir.resolve("strukturen.txt"), """
                AGS;Gemeinde;Berichtsjahr;Kernthema;Ansprechperson;Netzwerk;Angebote;Handlungsbedarf;Bemerkung
                08436064;Kißlegg;2025;SPR;ja;nein;1.000;;
                08436064;Kißlegg;2025;Bildung;"ja";verbund;'2;nein;C:\\Daten\\Liste
                """);

        ReadResult.Content content = (ReadResult.Content) ReturnFixtures.reader().read(file, "strukturen.txt");

        SectionTable table = content.tables().get(0);
        assertThat(table.section()).isEqualTo(Section.STRUKTUREN);
        assertThat(table.headerRow()).isEqualTo(1);
        assertThat(table.rows().get(0).get(Field.ANGEBOTE)).isEqualTo(new CellValue("1.000", 1000.0, null));
        assertThat(table.rows().get(1).get(Field.ANGEBOTE)).isEqualTo(new CellValue("'2", 2.0, null));
        assertThat(table.rows().get(1).text(Field.BEMERKUNG)).as("backslash is no escape").isEqualTo("C:\\Daten\\Liste");
    }

    @Test
    void readsPastExcelsSeparatorHintLine() throws IOException {
        Path file = Files.writeString(dir.resolve("personal.csv"),
                "sep=,\r\nAGS,Gemeinde,Berichtsjahr,Funktion,VZÄ,Besetzt\r\n08436064,Kißlegg,2025,IM,\"0,5\",ja\r\n");

        ReadResult.Content content = (ReadResult.Content) ReturnFixtures.reader().read(file, "personal.csv");

        SectionTable table = content.tables().get(0);
        assertThat(table.headerRow()).isEqualTo(2);
        assertThat(table.rows()).extracting(DataRow::row).containsExactly(3);
        assertThat(table.rows().get(0).get(Field.VZAE).number()).isEqualTo(0.5);
    }

    @Test
    void keepsACellOverExcelsLimitWhole() throws IOException {
        String remark = "x".repeat(40_000);
        Path file = Files.writeString(dir.resolve("lang.csv"),
                "Funktion;VZÄ;Besetzt;Bemerkung\r\nIM;0,5;ja;\"" + remark + "\"\r\n");

        ReadResult.Content content = (ReadResult.Content) ReturnFixtures.reader().read(file, "lang.csv");

        assertThat(content.tables().get(0).rows().get(0).text(Field.BEMERKUNG)).hasSize(40_000);
    }

    @Test
    void rejectsAFileOverTheRowLimit() throws IOException {
        String rows = Stream.generate(() -> "IM;0,5;ja").limit(60).collect(Collectors.joining("\n"));
        Path file = Files.writeString(dir.resolve("viele.csv"), "Funktion;VZÄ;Besetzt\n" + rows + "\n");

        ReadResult result = ReturnFixtures.reader(50, DataSize.ofMegabytes(1)).read(file, "viele.csv");

        assertThat(german(result)).isEqualTo(new GermanFailure(ReadFailure.TOO_MANY_ROWS,
                "Die Datei hat mehr als 50 Zeilen."));
    }

    @Test
    void rejectsAnUnclosedQuoteAsDamaged() throws IOException {
        Path file = Files.writeString(dir.resolve("kaputt.csv"), "Funktion;VZÄ;Besetzt\nIM;0,5;\"ja\nIB;1;ja\n");

        ReadResult result = ReturnFixtures.reader().read(file, "kaputt.csv");

        assertThat(german(result)).isEqualTo(new GermanFailure(ReadFailure.DAMAGED,
                "Ein Anführungszeichen in Zeile 2 wird bis zum Dateiende nicht geschlossen."));
    }

    @Test
    void controlCharactersInsideQuotedFieldsAreText() throws IOException {
        Path file = Files.writeString(dir.resolve("mac.csv"),
                "Funktion;VZÄ;Besetzt;Bemerkung\r\nIM;0,5;ja;\"eins\u000Bzwei\u000Bdrei\u000B\"\r\n");

        ReadResult.Content content = (ReadResult.Content) ReturnFixtures.reader().read(file, "mac.csv");

        assertThat(content.tables().get(0).rows().get(0).text(Field.BEMERKUNG)).isEqualTo("eins\u000Bzwei\u000Bdrei");
    }

    @Test
    void controlCharactersOutsideQuotesAreNoText() throws IOException {
        Path file = Files.writeString(dir.resolve("binaer.csv"),
                "Funktion;VZÄ;Besetzt;Bemerkung\r\nIM;0,5;ja;eins\u000Bzwei\u000Bdrei\u000B\r\n");

        assertThat(german(ReturnFixtures.reader().read(file, "binaer.csv"))).isEqualTo(new GermanFailure(
                ReadFailure.NOT_DECODABLE, "Die Datei enthält keinen lesbaren Text (weder Tabelle noch CSV-Datei)."));
    }

    @Test
    void aNulIsNoTextEvenInsideQuotes() throws IOException {
        Path file = Files.writeString(dir.resolve("nul.csv"),
                "Funktion;VZÄ;Besetzt;Bemerkung\r\nIM;0,5;ja;\"eins\u0000zwei\"\r\n");

        assertThat(german(ReturnFixtures.reader().read(file, "nul.csv"))).isEqualTo(new GermanFailure(
                ReadFailure.NOT_DECODABLE, "Die Datei enthält keinen lesbaren Text (weder Tabelle noch CSV-Datei)."));
    }

    @Test
    void theRowLimitComesBeforeTheHeaderAsInWorkbooks() throws IOException {
        String rows = Stream.generate(() -> "Liebe Kolleginnen; anbei").limit(60).collect(Collectors.joining("\n"));
        Path file = Files.writeString(dir.resolve("brief.csv"), rows + "\n");

        ReadResult result = ReturnFixtures.reader(50, DataSize.ofMegabytes(1)).read(file, "brief.csv");

        assertThat(german(result)).isEqualTo(new GermanFailure(ReadFailure.TOO_MANY_ROWS,
                "Die Datei hat mehr als 50 Zeilen."));
    }

    @Test
    void aFileWithoutKnownHeaderHasNoTables() throws IOException {
        Path file = Files.writeString(dir.resolve("notiz.csv"), "Liebe Kolleginnen;\nanbei die Zahlen\n");

        assertThat(ReturnFixtures.reader().read(file, "notiz.csv"))
                .isEqualTo(new ReadResult.Content(FileFormat.CSV, false, List.of(), List.of()));
    }

    private Path write(Dialect dialect, List<List<String>> records) throws IOException {
        String trailingColumns = dialect.trailingEmpties() ? String.valueOf(dialect.delimiter()).repeat(3) : "";
        String text = records.stream()
                .map(record -> record.stream().map(field -> quoted(field, dialect.delimiter()))
                        .collect(Collectors.joining(String.valueOf(dialect.delimiter()))) + trailingColumns)
                .collect(Collectors.joining(dialect.lineEnd(), "", dialect.lineEnd()));
        if (dialect.trailingEmpties()) {
            text += dialect.lineEnd().repeat(3);
        }
        byte[] body = text.getBytes(dialect.charset());
        byte[] bytes = new byte[dialect.bom().length + body.length];
        System.arraycopy(dialect.bom(), 0, bytes, 0, dialect.bom().length);
        System.arraycopy(body, 0, bytes, dialect.bom().length, body.length);
        return Files.write(dir.resolve("personal.csv"), bytes);
    }

    /** Quotes a field the way Excel does: only when it holds the delimiter, a quote or a line break. */
    private static String quoted(String field, char delimiter) {
        boolean needsQuotes = field.indexOf(delimiter) >= 0 || field.contains("\"") || field.contains("\n");
        return needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
