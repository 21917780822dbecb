package de.landkreis.integrationsmonitor.returns;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.LibreOffice;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same form read to the same values at the cells Excel (or LibreOffice) shows, whatever wrote it: XLSX
 * (streamed), the same XLSX in Strict Open XML, XLS (HSSF) and the ODS LibreOffice saves from the XLSX.
 */
class WorkbookReadingTests {

    @TempDir
    Path dir;

    /** How the workbook POI wrote becomes the file the municipality sends. */
    enum Saved {
        AS_WRITTEN, STRICT_OPEN_XML, BY_LIBREOFFICE_AS_ODS
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(FileFormat.XLSX, (Supplier<Workbook>) XSSFWorkbook::new, "rueckmeldung.xlsx",
                        Saved.AS_WRITTEN),
                Arguments.of(FileFormat.XLSX, (Supplier<Workbook>) XSSFWorkbook::new, "rueckmeldung.xlsx",
                        Saved.STRICT_OPEN_XML),
                Arguments.of(FileFormat.XLS, (Supplier<Workbook>) HSSFWorkbook::new, "rueckmeldung.xls",
                        Saved.AS_WRITTEN),
                Arguments.of(FileFormat.ODS, (Supplier<Workbook>) XSSFWorkbook::new, "rueckmeldung.ods",
                        Saved.BY_LIBREOFFICE_AS_ODS));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("formats")
    void readsTheFormWithTypedValuesAndExactCells(FileFormat format, Supplier<Workbook> workbooks, String name,
                                                  Saved saved) throws Exception {
        Workbook workbook = workbooks.get();
        ReturnFixtures.angabenSheet(workbook);
        ReturnFixtures.personalSheet(workbook, "Meine Personalliste");
        ReturnFixtures.strukturenSheet(workbook, "Strukturen 2025");
        ReturnFixtures.hiddenListsSheet(workbook);
        Path file = save(workbook, name, saved);

        ReadResult.Content content = (ReadResult.Content) ReturnFixtures.reader().read(file, "Kisslegg/" + name);

        assertThat(content.format()).isEqualTo(format);
        assertThat(content.macros()).isFalse();
        assertThat(content.tables()).extracting(SectionTable::section)
                .containsExactly(Section.PERSONAL, Section.STRUKTUREN);

        SectionTable personal = content.tables().get(0);
        assertThat(personal.location()).isEqualTo(new Location("Kisslegg/" + name, "Meine Personalliste", 3, null));
        assertThat(personal.column(Field.FUNKTION)).isEqualTo("B");
        assertThat(personal.column(Field.VZAE)).isEqualTo("C");
        assertThat(personal.column(Field.BEMERKUNG)).isEqualTo("G");
        assertThat(personal.rows()).extracting(DataRow::row).containsExactly(4, 5, 7);

        DataRow first = personal.rows().get(0);
        assertThat(first.get(Field.VZAE)).isEqualTo(new CellValue("0,5", 0.5, null));
        assertThat(first.get(Field.BEFRISTET_BIS))
                .isEqualTo(new CellValue("31.12.2025", null, LocalDate.of(2025, 12, 31)));
        assertThat(first.text(Field.BEMERKUNG)).as("cached formula value").isEqualTo("Stelle IM");
        assertThat(first.has(Field.UNBESETZT_SEIT)).isFalse();

        DataRow second = personal.rows().get(1);
        assertThat(second.get(Field.VZAE)).isEqualTo(new CellValue("'0,5", 0.5, null));
        assertThat(NumberText.of(second.get(Field.VZAE))).contains(new BigDecimal("0.5"));
        assertThat(DateText.of(second.get(Field.UNBESETZT_SEIT))).contains(LocalDate.of(2025, 6, 30));
        assertThat(personal.cell(second.row(), Field.UNBESETZT_SEIT).cellReference())
                .isEqualTo("'Meine Personalliste'!E5");

        DataRow third = personal.rows().get(2);
        assertThat(third.get(Field.VZAE)).isEqualTo(new CellValue("1,00", 1.0, null));
        assertThat(third.text(Field.BESETZT)).as("a truth value, shown as German Excel shows it").isEqualTo("WAHR");

        SectionTable strukturen = content.tables().get(1);
        assertThat(strukturen.location()).isEqualTo(new Location("Kisslegg/" + name, "Strukturen 2025", 1, null));
        assertThat(strukturen.rows()).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(2);
            assertThat(row.text(Field.KERNTHEMA)).isEqualTo("Sprache");
            assertThat(row.get(Field.ANGEBOTE)).isEqualTo(new CellValue("3", 3.0, null));
        });

        assertThat(content.angaben()).singleElement().satisfies(angaben -> {
            assertThat(angaben.location()).isEqualTo(Location.ofSheet("Kisslegg/" + name, "Angaben"));
            assertThat(angaben.entries().get(Field.AGS))
                    .isEqualTo(new AngabenSheet.Entry(1, new CellValue("08436064", 8436064.0, null)));
            assertThat(angaben.entries().get(Field.GEMEINDE)).isEqualTo(new AngabenSheet.Entry(3, null));
            assertThat(angaben.entries().get(Field.BERICHTSJAHR))
                    .isEqualTo(new AngabenSheet.Entry(4, new CellValue("2025", 2025.0, null)));
            assertThat(angaben.entries().get(Field.STICHTAG).value().date()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(angaben.valueCell(Field.STICHTAG)).isEqualTo(new Location("Kisslegg/" + name, "Angaben", 6, "B"));
            assertThat(angaben.text(Field.EMAIL)).isEqualTo("integration@kisslegg.de");
            assertThat(angaben.entries()).doesNotContainKey(Field.TELEFON);
        });
    }

    private Path save(Workbook workbook, String name, Saved saved) throws Exception {
        return switch (saved) {
            case AS_WRITTEN -> ReturnFixtures.write(workbook, dir.resolve(name));
            case STRICT_OPEN_XML -> Files.write(dir.resolve(name), FormatFixtures.strict(ReturnFixtures.bytes(workbook)));
            case BY_LIBREOFFICE_AS_ODS -> {
                LibreOffice.require();
                Path xlsx = ReturnFixtures.write(workbook, Files.createDirectories(dir.resolve("excel"))
                        .resolve(name.replace(".ods", ".xlsx")));
                yield LibreOffice.convert(List.of(xlsx), "ods", dir).get(0);
            }
        };
    }
}
