package de.landkreis.integrationsmonitor.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.LibreOffice;
import de.landkreis.integrationsmonitor.ProjectTables;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.job.ImportRun;
import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.CoreTopicCatalogue;
import de.landkreis.integrationsmonitor.reference.FundingSource;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import de.landkreis.integrationsmonitor.store.CurrentReturns;
import de.landkreis.integrationsmonitor.store.RunFindings;
import de.landkreis.integrationsmonitor.store.SchemaTables;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.Severity;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The round trip of issue 6: forms written from the current versions, re-imported unchanged or filled in through
 * POI as a person would, give no FEHLER and the same figures. Forms for 2026: the clock is pinned to 1 March 2026,
 * so 2027 would be a future Berichtsjahr (K03).
 */
@IntegrationTest
class ReturnFormWriterTests {

    private static final Instant RECEIVED = Instant.parse("2026-01-20T08:00:00Z");
    private static final Instant SENT_BACK = Instant.parse("2026-02-25T08:00:00Z");
    private static final String KISSLEGG = "08436052";

    @Autowired
    ReturnFormWriter writer;
    @Autowired
    ImportRun importRun;
    @Autowired
    CurrentReturns currentReturns;
    @Autowired
    RunFindings runFindings;
    @Autowired
    MunicipalityRegister register;
    @Autowired
    CoreTopicCatalogue topics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchemaTables tables;

    @TempDir
    Path inbox;
    @TempDir
    Path returnedForms;
    @TempDir
    Path reports;

    @BeforeEach
    void emptyDatabase() {
        ProjectTables.clear(jdbc, tables);
    }

    @Test
    void writesOneFormPerMunicipalityAndTheBlankFormUnderAsciiNames() throws Exception {
        List<Path> forms = writer.writeAll(reports, 2026);

        assertThat(forms).hasSize(register.size() + 1)
                .allSatisfy(form -> assertThat(form).isRegularFile().hasParent(reports.resolve("vorlagen/2026")));
        assertThat(forms).map(form -> form.getFileName().toString())
                .contains("Rueckmeldung_2026_08436052_Kisslegg.xlsx", "Rueckmeldung_2026_08436047_Hosskirch.xlsx",
                        "Rueckmeldung_2026_08436049_Isny_im_Allgaeu.xlsx",
                        "Rueckmeldung_2026_08436093_Ebersbach_Musbach.xlsx")
                .last().isEqualTo("Rueckmeldung_2026_leer.xlsx");
        assertThat(forms).map(form -> form.getFileName().toString()).allMatch(name -> name.matches("[A-Za-z0-9_.]+"));
    }

    @Test
    void everyPrefilledFormReimportedUnchangedIsAcceptedAndEqualsTheCurrentVersion() throws Exception {
        returnedFormsEqualTheCurrentVersions("excel", forms -> forms);
    }

    /**
     * A municipality on LibreOffice opens its form and saves it as OpenDocument: accepted with the same figures, and
     * the same feedback as the municipality on Excel gets (issue 11).
     */
    @Test
    void everyPrefilledFormSavedAsOdsByLibreOfficeGetsTheSameFeedbackAsOnExcel() throws Exception {
        LibreOffice.require();
        List<String> onExcel = returnedFormsEqualTheCurrentVersions("excel", forms -> forms);
        ProjectTables.clear(jdbc, tables);

        List<String> onLibreOffice = returnedFormsEqualTheCurrentVersions("libreoffice", forms ->
                LibreOffice.convert(forms, "ods", Files.createDirectories(reports.resolve("libreoffice"))));

        assertThat(onLibreOffice).isNotEmpty()
                .isEqualTo(onExcel.stream().map(line -> line.replace(".xlsx", ".ods")).toList());
    }

    /** @return the feedback of the returned forms: file, rule, cell, value and message of each finding, sorted */
    private List<String> returnedFormsEqualTheCurrentVersions(String round, SavedBack savedBack) throws Exception {
        Path received = inbox.resolve(round);
        Path sentBack = returnedForms.resolve(round);
        TestInbox.copyTree(Path.of("input/2025"), received.resolve("2025"), RECEIVED);
        importRun.run(received, reports, null);
        List<Municipality> all = register.all();
        List<List<StructureAnswer>> answersBefore = all.stream().map(m -> currentReturns.structures(m.ags(), 2025)).toList();
        List<List<Position>> positionsBefore = all.stream().map(m -> currentReturns.positions(m.ags(), 2025)).toList();
        assertThat(answersBefore).filteredOn(a -> !a.isEmpty()).hasSizeGreaterThan(30);
        assertThat(positionsBefore).filteredOn(p -> !p.isEmpty()).hasSizeGreaterThan(30);

        List<Path> forms = writer.writeAll(reports, 2026);
        for (Path form : savedBack.files(forms.subList(0, forms.size() - 1))) {
            TestInbox.copy(form, sentBack.resolve(form.getFileName().toString()), SENT_BACK);
        }
        importRun.run(sentBack, reports, null);

        List<Finding> findings = runFindings.ofRun(lastRunId());
        assertThat(findings).filteredOn(f -> f.severity() == Severity.FEHLER).isEmpty();
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.location().file()).startsWith("Rueckmeldung_2026_"));
        for (int i = 0; i < all.size(); i++) {
            String ags = all.get(i).ags();
            assertThat(currentReturns.structures(ags, 2026)).as("Strukturen %s", ags)
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("sourceRow")
                    .containsExactlyInAnyOrderElementsOf(answersBefore.get(i));
            assertThat(currentReturns.positions(ags, 2026)).as("Personal %s", ags)
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("sourceRow")
                    .containsExactlyElementsOf(positionsBefore.get(i));
        }
        return findings.stream().map(f -> String.join(" | ", f.location().file(), f.rule().code(),
                f.location().cellReference(), f.value(), f.message())).sorted().toList();
    }

    /** How the municipalities send the written forms back. */
    @FunctionalInterface
    private interface SavedBack {
        List<Path> files(List<Path> forms) throws Exception;
    }

    @Test
    void theBlankFormFilledInWithDropDownValuesIsAccepted() throws Exception {
        List<Path> forms = writer.writeAll(reports, 2026);
        Path filled = returnedForms.resolve("Rueckmeldung_2026_Kisslegg_ausgefuellt.xlsx");
        try (FormFilling form = FormFilling.open(forms.get(forms.size() - 1))) {
            String kisslegg = form.list(FormList.MUNICIPALITY.rangeName()).stream()
                    .filter(name -> name.startsWith("Ki")).findFirst().orElseThrow();
            List<String> answers = form.list(FormList.ANSWER.rangeName());
            List<String> yesNo = form.list(FormList.YES_NO.rangeName());
            form.type("Angaben!B4", kisslegg).type("Angaben!B7", "Erika Muster (fiktiv)");
            int topicCount = topics.validIn(2026).size();
            for (int row = 2; row <= topicCount + 1; row++) {
                form.type("Strukturen!B" + row, answers.get(0)).type("Strukturen!C" + row, answers.get(2))
                        .type("Strukturen!D" + row, 1).type("Strukturen!E" + row, yesNo.get(1));
            }
            form.type("Personal!A2", form.list(FormList.FUNCTION.rangeName()).get(1))
                    .type("Personal!B2", 0.5).type("Personal!C2", yesNo.get(0))
                    .type("Personal!F2", "Freier Träger: Caritas").type("Personal!G2", "Land-IM / Kommune")
                    .type("Personal!H2", "Kißlegg, Argenbühl");
            form.saveAs(filled);
        }
        TestInbox.touch(filled, SENT_BACK);

        importRun.run(returnedForms, reports, null);

        assertThat(runFindings.ofRun(lastRunId())).isEmpty();
        assertThat(currentReturns.structures(KISSLEGG, 2026)).hasSize(topics.validIn(2026).size())
                .allSatisfy(a -> assertThat(a.offers()).isEqualTo(1));
        assertThat(currentReturns.positions(KISSLEGG, 2026)).singleElement().satisfies(p -> {
            assertThat(p.function()).isEqualTo(PositionFunction.IM);
            assertThat(p.fte()).isEqualByComparingTo(new BigDecimal("0.5"));
            assertThat(p.funding()).isEqualTo(Set.of(FundingSource.LAND_IM, FundingSource.KOMMUNE));
            assertThat(p.employerName()).isEqualTo("Caritas");
            assertThat(p.servedAgs()).containsExactly("08436052", "08436094");
        });
    }

    @Test
    void theBlankFormReimportedUnchangedNamesTheMissingMunicipalityOnly() throws Exception {
        List<Path> forms = writer.writeAll(reports, 2026);
        TestInbox.copy(forms.get(forms.size() - 1), returnedForms.resolve("leer.xlsx"), SENT_BACK);

        importRun.run(returnedForms, reports, null);

        assertThat(runFindings.ofRun(lastRunId())).filteredOn(f -> f.severity() == Severity.FEHLER)
                .map(f -> f.rule().code() + " " + f.location().cellReference())
                .containsExactly("K01 Angaben!B3");
    }

    @Test
    void everyCoreTopicOfTheYearIsListedAndContactDataIsNotPrefilled() throws Exception {
        TestInbox.copyTree(Path.of("input/2025"), inbox.resolve("2025"), RECEIVED);
        importRun.run(inbox, reports, null);

        List<Path> forms = writer.writeAll(reports, 2026);

        Path ravensburg = forms.stream().filter(f -> f.toString().contains("08436064")).findFirst().orElseThrow();
        try (FormFilling form = FormFilling.open(ravensburg)) {
            List<CoreTopic> valid = topics.validIn(2026);
            for (int i = 0; i < valid.size(); i++) {
                assertThat(form.cell("Strukturen!A" + (i + 2)).getStringCellValue()).isEqualTo(valid.get(i).name());
            }
            assertThat(form.cell("Angaben!B3").getStringCellValue()).isEqualTo("08436064");
            assertThat(form.cell("Angaben!B5").getNumericCellValue()).isEqualTo(2026);
            assertThat(form.cell("Angaben!B6").getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-12-31");
            for (String contact : List.of("Angaben!B7", "Angaben!B8", "Angaben!B9", "Angaben!B10")) {
                assertThat(form.cell(contact).toString()).as(contact).isEmpty();
            }
            assertThat(form.cell("Strukturen!B2").getStringCellValue()).isNotEmpty();
            assertThat(form.cell("Personal!A2").getStringCellValue()).isNotEmpty();
        }
    }

    private long lastRunId() {
        return jdbc.sql("select max(id) from import_run").query(Long.class).single();
    }
}
