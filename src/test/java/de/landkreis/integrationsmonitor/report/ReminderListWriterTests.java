package de.landkreis.integrationsmonitor.report;

import static de.landkreis.integrationsmonitor.report.CommitteeFixture.ALTSHAUSEN;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.AULENDORF;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.BAINDT;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.BERG;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.RAVENSBURG;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.rowOf;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.text;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class ReminderListWriterTests extends ReportContext {

    @Autowired
    ReminderListWriter writer;

    @TempDir
    Path reports;

    @Test
    void listsEveryMunicipalityNotCompleteWithWhatIsMissingErrorsContactEmailAndDirectoryAddress() throws Exception {
        CommitteeFixture.load(fixtures());

        Path file = writer.write(reports, figures.of(2025), CommitteeFixture.DATA_AS_OF);

        assertThat(file).isEqualTo(reports.resolve("2025").resolve("Nachforderungen_2025.xlsx"));
        try (XSSFWorkbook workbook = WorkbookReading.open(file)) {
            Sheet sheet = workbook.getSheet("Nachforderungen");
            List<Object> header = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                header.add(value(sheet, 0, c));
            }
            assertThat(header).containsExactly("AGS", "Gemeinde", "Status", "Was fehlt", "Fehler (Regeln)",
                    "Letzte Rückmeldung", "E-Mail (letzte Rückmeldung)", "E-Mail (Adressverzeichnis)");
            // 39 municipalities, 4 complete.
            assertThat(sheet.getLastRowNum()).isEqualTo(35);
            List<String> listed = new ArrayList<>();
            for (int r = 1; r <= 35; r++) {
                listed.add(text(sheet, r, 0));
            }
            assertThat(listed).doesNotContain(RAVENSBURG, BERG).contains(ALTSHAUSEN, BAINDT, AULENDORF);

            int altshausen = rowOf(sheet, ALTSHAUSEN);
            assertThat(text(sheet, altshausen, 2)).isEqualTo("fehlerhaft");
            assertThat(text(sheet, altshausen, 3))
                    .isEqualTo("Abschnitt Personal fehlerhaft – berichtigte Fassung anfordern");
            assertThat(text(sheet, altshausen, 4)).isEqualTo("P02");
            assertThat(sheet.getRow(altshausen).getCell(5).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 2, 1, 9, 30));
            // The e-mail of the last return, the rejected correction.
            assertThat(text(sheet, altshausen, 6)).isEqualTo("max.beispiel@altshausen.example");
            // Beside it the address of the office directory (the shipped, fictitious one).
            assertThat(text(sheet, altshausen, 7)).isEqualTo("integration@altshausen.example.org");

            int baindt = rowOf(sheet, BAINDT);
            assertThat(text(sheet, baindt, 2)).isEqualTo("unvollständig");
            assertThat(text(sheet, baindt, 3)).isEqualTo("Abschnitt Personal nicht eingegangen");
            assertThat(text(sheet, baindt, 4)).isNullOrEmpty();
            assertThat(text(sheet, baindt, 6)).isEqualTo("j.probst@baindt.example");

            int aulendorf = rowOf(sheet, AULENDORF);
            assertThat(text(sheet, aulendorf, 2)).isEqualTo("fehlt");
            assertThat(text(sheet, aulendorf, 3)).isEqualTo("Abschnitt Strukturen nicht eingegangen; "
                    + "Abschnitt Personal nicht eingegangen; Rückmeldung ohne lesbares Berichtsjahr eingegangen");
            assertThat(text(sheet, aulendorf, 4)).isEqualTo("K03");
            assertThat(text(sheet, aulendorf, 6)).isEqualTo("o.normal@aulendorf.example");

            int achberg = rowOf(sheet, "08436001");
            assertThat(text(sheet, achberg, 3))
                    .isEqualTo("Abschnitt Strukturen nicht eingegangen; Abschnitt Personal nicht eingegangen");
            assertThat(value(sheet, achberg, 6)).isNull();

            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFooter().getCenter()).isEqualTo("Seite &P von &N");
        }
    }
}
