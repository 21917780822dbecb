package de.landkreis.integrationsmonitor.forms;

import static de.landkreis.integrationsmonitor.returns.Field.ANSTELLUNGSTRAEGER;
import static de.landkreis.integrationsmonitor.returns.Field.BEFRISTET_BIS;
import static de.landkreis.integrationsmonitor.returns.Field.BEMERKUNG;
import static de.landkreis.integrationsmonitor.returns.Field.BESETZT;
import static de.landkreis.integrationsmonitor.returns.Field.FINANZIERUNG;
import static de.landkreis.integrationsmonitor.returns.Field.FUNKTION;
import static de.landkreis.integrationsmonitor.returns.Field.UNBESETZT_SEIT;
import static de.landkreis.integrationsmonitor.returns.Field.VERSORGTE_GEMEINDEN;
import static de.landkreis.integrationsmonitor.returns.Field.VZAE;

import de.landkreis.integrationsmonitor.reference.Answer;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import de.landkreis.integrationsmonitor.reference.Vocabularies;
import de.landkreis.integrationsmonitor.report.PrintLayout;
import de.landkreis.integrationsmonitor.returns.Field;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The sheet {@code Personal} (RETURNS.md §2): a header row, the positions of the year before prefilled, then
 * empty input rows, at least {@link #EMPTY_ROWS} of them.
 */
final class PersonalFormSheet {

    static final List<Field> COLUMNS = List.of(FUNKTION, VZAE, BESETZT, UNBESETZT_SEIT, BEFRISTET_BIS,
            ANSTELLUNGSTRAEGER, FINANZIERUNG, VERSORGTE_GEMEINDEN, BEMERKUNG);
    /** Empty rows open for new positions below the prefilled ones. */
    static final int EMPTY_ROWS = 30;
    /** Input rows a form has at least, so a blank form looks like a table to fill. */
    static final int MIN_INPUT_ROWS = 50;

    private PersonalFormSheet() {
    }

    static void write(Workbook workbook, ReturnForm form, FormStyles styles, FormTexts texts,
                      Vocabularies vocabularies, MunicipalityRegister register, PrintLayout print) {
        FormSheet sheet = new FormSheet(workbook.createSheet(texts.text("section." + Section.PERSONAL.name())));
        // Narrow enough to print one page wide at about 90 %; longer entries wrap.
        sheet.widths(26, 7, 8, 11, 11, 22, 18, 22, 26);
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.put(0, c, texts.label(COLUMNS.get(c)), styles.header());
        }
        sheet.fitHeight(0);
        int inputRows = Math.max(MIN_INPUT_ROWS, form.positions().size() + EMPTY_ROWS);
        for (int i = 0; i < inputRows; i++) {
            Position p = i < form.positions().size() ? form.positions().get(i) : null;
            int row = i + 1;
            boolean none = p != null && p.function() == PositionFunction.KEINE;
            sheet.put(row, 0, p == null ? null : vocabularies.functions().offeredSpelling(p.function()),
                    styles.inputText());
            sheet.put(row, 1, p == null || none ? null : p.fte(), styles.inputFte());
            sheet.put(row, 2, p == null || none || p.occupied() == null ? null
                    : vocabularies.yesNo().offeredSpelling(p.occupied() ? Answer.JA : Answer.NEIN), styles.inputText());
            sheet.put(row, 3, p == null ? null : p.vacantSince(), styles.inputDate());
            sheet.put(row, 4, p == null ? null : p.fixedTermUntil(), styles.inputDate());
            sheet.put(row, 5, p == null ? null : employer(vocabularies, p), styles.inputText());
            sheet.put(row, 6, p == null ? null : funding(vocabularies, p), styles.inputText());
            sheet.put(row, 7, p == null || none ? null : served(register, form, p), styles.inputText());
            sheet.put(row, 8, p == null ? null : p.remark(), styles.inputText());
            sheet.fitHeight(row);
        }
        InputRules rules = new InputRules(sheet.sheet(), texts);
        rules.list(FUNKTION, FormList.FUNCTION, InputRules.column(0, inputRows));
        rules.fte(VZAE, InputRules.column(1, inputRows));
        rules.list(BESETZT, FormList.YES_NO, InputRules.column(2, inputRows));
        rules.date(UNBESETZT_SEIT, InputRules.column(3, inputRows));
        rules.date(BEFRISTET_BIS, InputRules.column(4, inputRows));
        rules.openList(ANSTELLUNGSTRAEGER, FormList.EMPLOYER, InputRules.column(5, inputRows));
        rules.openList(FINANZIERUNG, FormList.FUNDING, InputRules.column(6, inputRows));
        rules.openList(VERSORGTE_GEMEINDEN, FormList.MUNICIPALITY, InputRules.column(7, inputRows));
        rules.text(BEMERKUNG, InputRules.column(8, inputRows), StructuresFormSheet.MAX_REMARK);
        sheet.sheet().createFreezePane(1, 1);
        print.applyTo(sheet.sheet(), AngabenFormSheet.title(form, texts), 1);
        FormProtection.protect(sheet.sheet());
    }

    /** {@code Freier Träger: Caritas}: the employer's offered spelling, its name after a colon (RETURNS.md §2). */
    private static String employer(Vocabularies vocabularies, Position p) {
        if (p.employer() == null) {
            return null;
        }
        String employer = vocabularies.employers().offeredSpelling(p.employer());
        return p.employerName() == null ? employer : employer + ": " + p.employerName();
    }

    /** Several sources separated by {@code /}, which the import splits on (a {@code -} in {@code Land-IM} is no separator). */
    private static String funding(Vocabularies vocabularies, Position p) {
        return p.funding().stream().sorted().map(vocabularies.funding()::offeredSpelling)
                .collect(Collectors.joining(" / "));
    }

    /**
     * Empty when the position serves only the reporting municipality (RETURNS.md §2); otherwise the reporting
     * municipality first, then the others, by name where the name resolves back to the same AGS, else by AGS.
     */
    private static String served(MunicipalityRegister register, ReturnForm form, Position p) {
        if (p.servedAgs().size() <= 1) {
            return null;
        }
        List<String> names = new ArrayList<>();
        String own = form.municipality().ags();
        List<String> ordered = new ArrayList<>();
        ordered.add(own);
        p.servedAgs().stream().filter(ags -> !ags.equals(own)).forEach(ordered::add);
        for (String ags : ordered) {
            Optional<Municipality> municipality = register.byAgs(ags);
            boolean nameResolves = municipality.isPresent()
                    && register.byName(municipality.get().name()).map(Municipality::ags).orElse("").equals(ags);
            names.add(nameResolves ? municipality.get().name() : ags);
        }
        return String.join(", ", names);
    }
}
