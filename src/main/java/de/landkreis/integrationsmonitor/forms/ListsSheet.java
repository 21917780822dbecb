package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.reference.Vocabularies;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The hidden sheet {@code Listen}: one column per {@link FormList}, a title in row 1, the values below, each
 * column a named range. The values are the offered spellings of the vocabularies the validation matches
 * (RETURNS.md §4) and the names of the municipality register, so a form can offer nothing the import rejects.
 * The titles are chosen so that the import never takes the sheet for a section or for Angaben.
 */
final class ListsSheet {

    private final Map<FormList, List<String>> values = new EnumMap<>(FormList.class);

    ListsSheet(Vocabularies vocabularies, MunicipalityRegister register) {
        values.put(FormList.ANSWER, vocabularies.answers().offeredSpellings());
        values.put(FormList.YES_NO, vocabularies.yesNo().offeredSpellings());
        values.put(FormList.FUNCTION, vocabularies.functions().offeredSpellings());
        values.put(FormList.EMPLOYER, vocabularies.employers().offeredSpellings());
        values.put(FormList.FUNDING, vocabularies.funding().offeredSpellings());
        values.put(FormList.MUNICIPALITY, register.all().stream().map(Municipality::name).toList());
    }

    void write(Workbook workbook, FormStyles styles, FormTexts texts) {
        Sheet sheet = workbook.createSheet(texts.text("forms.sheet.lists"));
        for (FormList list : FormList.values()) {
            int column = list.ordinal();
            List<String> items = values.get(list);
            FormSheet cells = new FormSheet(sheet);
            cells.put(0, column, texts.text("forms.lists." + list.name()), styles.fixed());
            for (int i = 0; i < items.size(); i++) {
                cells.put(i + 1, column, items.get(i), styles.fixed());
            }
            sheet.setColumnWidth(column, 32 * 256);
            String letter = CellReference.convertNumToColString(column);
            Name name = workbook.createName();
            name.setNameName(list.rangeName());
            name.setRefersToFormula(sheet.getSheetName() + "!$" + letter + "$2:$" + letter + "$" + (items.size() + 1));
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
        FormProtection.protect(sheet);
    }
}
