package de.landkreis.integrationsmonitor.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.reference.Vocabularies;
import de.landkreis.integrationsmonitor.returns.AngabenSheet;
import de.landkreis.integrationsmonitor.returns.ReadResult;
import de.landkreis.integrationsmonitor.returns.ReturnFileReader;
import de.landkreis.integrationsmonitor.returns.SectionTable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The drop-downs, validations and protection of a written form, read back with POI, and how the import sees it. */
@IntegrationTest
class FormValidationTests {

    @TempDir
    static Path reports;
    static Path blankForm;

    @Autowired
    Vocabularies vocabularies;
    @Autowired
    MunicipalityRegister register;
    @Autowired
    ReturnFileReader reader;

    @BeforeAll
    static void writeForms(@Autowired ReturnFormWriter writer) throws Exception {
        List<Path> forms = writer.writeAll(reports, 2025);
        blankForm = forms.get(forms.size() - 1);
    }

    @Test
    void theListsOnTheHiddenSheetAreTheVocabulariesOfTheValidation() throws Exception {
        try (FormFilling form = FormFilling.open(blankForm)) {
            assertThat(form.list(FormList.ANSWER.rangeName())).containsExactly("ja", "nein", "geplant", "verbund")
                    .isEqualTo(vocabularies.answers().offeredSpellings());
            assertThat(form.list(FormList.YES_NO.rangeName())).isEqualTo(vocabularies.yesNo().offeredSpellings());
            assertThat(form.list(FormList.FUNCTION.rangeName())).isEqualTo(vocabularies.functions().offeredSpellings());
            assertThat(form.list(FormList.EMPLOYER.rangeName())).isEqualTo(vocabularies.employers().offeredSpellings());
            assertThat(form.list(FormList.FUNDING.rangeName())).isEqualTo(vocabularies.funding().offeredSpellings());
            assertThat(form.list(FormList.MUNICIPALITY.rangeName()))
                    .isEqualTo(register.all().stream().map(Municipality::name).toList());
            assertThat(form.workbook.getSheetVisibility(form.workbook.getSheetIndex("Listen")))
                    .isEqualTo(SheetVisibility.HIDDEN);
            assertThat(form.workbook.getSheetAt(0).getSheetName()).isEqualTo("Hinweise");
        }
    }

    @Test
    void everyInputColumnHasItsValidationAndAnInputMessage() throws Exception {
        try (FormFilling form = FormFilling.open(blankForm)) {
            Map<String, XSSFDataValidation> strukturen = byColumn(form.workbook.getSheet("Strukturen"));
            assertThat(strukturen).containsOnlyKeys("A", "B", "C", "D", "E", "F");
            assertList(strukturen.get("B"), FormList.ANSWER, DataValidation.ErrorStyle.STOP);
            assertList(strukturen.get("C"), FormList.ANSWER, DataValidation.ErrorStyle.STOP);
            assertThat(strukturen.get("D").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(strukturen.get("D").getValidationConstraint().getOperator())
                    .isEqualTo(OperatorType.GREATER_OR_EQUAL);
            assertThat(strukturen.get("D").getValidationConstraint().getFormula1()).isEqualTo("0");
            assertList(strukturen.get("E"), FormList.YES_NO, DataValidation.ErrorStyle.STOP);
            assertThat(strukturen.get("F").getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.TEXT_LENGTH);

            Map<String, XSSFDataValidation> personal = byColumn(form.workbook.getSheet("Personal"));
            assertThat(personal).containsOnlyKeys("A", "B", "C", "D", "E", "F", "G", "H", "I");
            assertList(personal.get("A"), FormList.FUNCTION, DataValidation.ErrorStyle.STOP);
            assertThat(personal.get("B").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(personal.get("B").getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
            assertThat(Double.parseDouble(personal.get("B").getValidationConstraint().getFormula1())).isGreaterThan(0);
            assertThat(personal.get("B").getValidationConstraint().getFormula2()).isEqualTo("1");
            assertList(personal.get("C"), FormList.YES_NO, DataValidation.ErrorStyle.STOP);
            assertThat(personal.get("D").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(personal.get("E").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertList(personal.get("F"), FormList.EMPLOYER, DataValidation.ErrorStyle.WARNING);
            assertList(personal.get("G"), FormList.FUNDING, DataValidation.ErrorStyle.WARNING);
            assertList(personal.get("H"), FormList.MUNICIPALITY, DataValidation.ErrorStyle.WARNING);
            assertThat(personal.get("A").getRegions().getCellRangeAddress(0).getLastRow()).isGreaterThanOrEqualTo(30);

            Map<String, XSSFDataValidation> angaben = byColumn(form.workbook.getSheet("Angaben"));
            assertThat(form.workbook.getSheet("Angaben").getDataValidations()).hasSize(AngabenFormSheet.LABELS.size());
            assertThat(angaben.get("B").getShowPromptBox()).isTrue();

            for (String sheet : List.of("Angaben", "Strukturen", "Personal")) {
                assertThat(form.workbook.getSheet(sheet).getDataValidations()).allSatisfy(v -> {
                    assertThat(v.getShowPromptBox()).isTrue();
                    assertThat(v.getPromptBoxTitle()).isNotBlank().hasSizeLessThanOrEqualTo(InputRules.MAX_PROMPT_TITLE);
                    assertThat(v.getPromptBoxText()).isNotBlank().hasSizeLessThanOrEqualTo(InputRules.MAX_PROMPT_TEXT);
                    assertThat(v.getErrorBoxText()).isNotBlank().hasSizeLessThanOrEqualTo(InputRules.MAX_PROMPT_TEXT);
                });
            }
        }
    }

    @Test
    void theSheetsAreProtectedExceptTheInputCells() throws Exception {
        try (FormFilling form = FormFilling.open(blankForm)) {
            for (String sheet : List.of("Hinweise", "Angaben", "Strukturen", "Personal", "Listen")) {
                assertThat(form.workbook.getSheet(sheet).getProtect()).as(sheet).isTrue();
            }
            assertThat(form.cell("Strukturen!A2").getCellStyle().getLocked()).isTrue();
            assertThat(form.cell("Strukturen!B2").getCellStyle().getLocked()).isFalse();
            assertThat(form.cell("Personal!A1").getCellStyle().getLocked()).isTrue();
            for (int row = 2; row <= 31; row++) {
                for (char column = 'A'; column <= 'I'; column++) {
                    assertThat(form.cell("Personal!" + column + row)).as("Personal!%s%d", column, row)
                            .satisfies(cell -> assertThat(cell.getCellStyle().getLocked()).isFalse());
                }
            }
            assertThat(form.cell("Angaben!B3").getCellStyle().getLocked()).as("AGS of the blank form").isFalse();
            assertThat(form.cell("Angaben!B5").getCellStyle().getLocked()).as("Berichtsjahr").isTrue();
        }
    }

    @Test
    void theImportReadsAngabenStrukturenAndPersonalAndIgnoresTheHiddenLists() {
        ReadResult result = reader.read(blankForm, blankForm.getFileName().toString());

        assertThat(result).isInstanceOf(ReadResult.Content.class);
        ReadResult.Content content = (ReadResult.Content) result;
        assertThat(content.tables()).map(SectionTable::location).map(l -> l.sheet())
                .containsExactly("Strukturen", "Personal");
        assertThat(content.angaben()).map(AngabenSheet::location).map(l -> l.sheet()).containsExactly("Angaben");
        assertThat(content.tables().get(0).columns()).hasSize(StructuresFormSheet.COLUMNS.size());
        assertThat(content.tables().get(1).columns()).hasSize(PersonalFormSheet.COLUMNS.size());
        assertThat(content.angaben().get(0).entries()).hasSize(AngabenFormSheet.LABELS.size());
    }

    private static Map<String, XSSFDataValidation> byColumn(XSSFSheet sheet) {
        Map<String, XSSFDataValidation> validations = new HashMap<>();
        for (XSSFDataValidation validation : sheet.getDataValidations()) {
            CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
            validations.put(org.apache.poi.ss.util.CellReference.convertNumToColString(range.getFirstColumn()), validation);
        }
        return validations;
    }

    private static void assertList(XSSFDataValidation validation, FormList list, int errorStyle) {
        assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo(list.rangeName());
        assertThat(validation.getErrorStyle()).isEqualTo(errorStyle);
        // XSSF writes showDropDown=false for a suppressed arrow, which is what makes Excel show the arrow.
        assertThat(validation.getSuppressDropDownArrow()).isTrue();
    }
}
