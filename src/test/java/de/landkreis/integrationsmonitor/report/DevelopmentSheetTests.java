package de.landkreis.integrationsmonitor.report;

import static de.landkreis.integrationsmonitor.report.WorkbookReading.rowOf;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.value;
import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.CoreTopicCatalogue;
import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.reference.ExpectedStructure;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.store.CurrentAnswers;
import de.landkreis.integrationsmonitor.store.CurrentPositions;
import de.landkreis.integrationsmonitor.store.SectionStates;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The sheet Entwicklung with guidelines that changed between the years: the shipped topic list never does, so a
 * fixture list adds DIG (valid from 2025) and ALT (valid until 2024).
 */
class DevelopmentSheetTests extends ReportContext {

    @Autowired
    MunicipalityRegister register;
    @Autowired
    CoreTopicCatalogue shipped;
    @Autowired
    District district;
    @Autowired
    MessageSource messages;
    @Autowired
    Clock clock;
    @Autowired
    CurrentAnswers answers;
    @Autowired
    CurrentPositions positions;
    @Autowired
    SectionStates states;

    @TempDir
    Path reports;

    @Test
    void topicNotValidInAYearShowsXWhileAValidTopicWithoutAnswersHasBaseZero() throws Exception {
        CommitteeFixture.load(fixtures());
        List<CoreTopic> topics = new ArrayList<>(shipped.all());
        topics.add(new CoreTopic("DIG", "Digitale Teilhabe", "", ExpectedStructure.ANSPRECHPERSON, 2025, null));
        topics.add(new CoreTopic("ALT", "Altes Thema", "", ExpectedStructure.NETZWERK, null, 2024));
        DistrictFigures figures = new DistrictFigures(states, answers, positions, register,
                new CoreTopicCatalogue(topics));
        CommitteeReportWriter writer = new CommitteeReportWriter(figures, register, district, messages, clock,
                new ReportProperties(false));

        Path file = writer.write(reports, figures.reportYear(2025), CommitteeFixture.DATA_AS_OF);

        try (XSSFWorkbook workbook = WorkbookReading.open(file)) {
            Sheet sheet = workbook.getSheet("Entwicklung");
            assertYears(sheet, "Digitale Teilhabe (DIG): Anteil abgedeckt", "x", "x");
            assertYears(sheet, "Digitale Teilhabe (DIG): Basis (Gemeinden mit bekannter Angabe)", "x", 0.0);
            assertYears(sheet, "Digitale Teilhabe (DIG): Veränderung zum Vorjahr (Prozentpunkte)", "x", "x");
            assertYears(sheet, "Altes Thema (ALT): Basis (Gemeinden mit bekannter Angabe)", 0.0, "x");
            assertYears(sheet, "Altes Thema (ALT): Anteil abgedeckt", "x", "x");
            assertYears(sheet, "Sprache (SPR): Anteil abgedeckt", 0.5, 0.5);

            // The year's sheets use only the topics valid in 2025: DIG yes, ALT no.
            Sheet coreTopics = workbook.getSheet("Kernthemen");
            assertThat(value(coreTopics, 0, 13)).isEqualTo("DIG");
            assertThat(value(coreTopics, 0, 14)).isNull();
            assertThat(WorkbookReading.allTexts(workbook)).noneMatch(t -> t.contains("fiktive"));
        }
    }

    private static void assertYears(Sheet sheet, String label, Object y2024, Object y2025) {
        int row = rowOf(sheet, label);
        assertThat(value(sheet, row, 1)).as(label + " 2024").isEqualTo(y2024);
        assertThat(value(sheet, row, 2)).as(label + " 2025").isEqualTo(y2025);
    }
}
