package de.landkreis.integrationsmonitor.forms;

import static de.landkreis.integrationsmonitor.returns.Field.ANGEBOTE;
import static de.landkreis.integrationsmonitor.returns.Field.ANSPRECHPERSON;
import static de.landkreis.integrationsmonitor.returns.Field.BEMERKUNG;
import static de.landkreis.integrationsmonitor.returns.Field.HANDLUNGSBEDARF;
import static de.landkreis.integrationsmonitor.returns.Field.KERNTHEMA;
import static de.landkreis.integrationsmonitor.returns.Field.NETZWERK;

import de.landkreis.integrationsmonitor.reference.Answer;
import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.Vocabularies;
import de.landkreis.integrationsmonitor.report.PrintLayout;
import de.landkreis.integrationsmonitor.returns.Field;
import de.landkreis.integrationsmonitor.returns.Section;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The sheet {@code Strukturen} (RETURNS.md §2): a header row, then one row per core topic valid in the year,
 * named as the guidelines name it and locked; the answers of the year before prefilled in the offered spellings.
 * A last column explains the topic; the import ignores it, its title being no known header.
 */
final class StructuresFormSheet {

    static final List<Field> COLUMNS = List.of(KERNTHEMA, ANSPRECHPERSON, NETZWERK, ANGEBOTE, HANDLUNGSBEDARF,
            BEMERKUNG);
    /** Rule Z01: free text up to 1,000 characters. */
    static final int MAX_REMARK = 1000;

    private StructuresFormSheet() {
    }

    static void write(Workbook workbook, ReturnForm form, FormStyles styles, FormTexts texts,
                      Vocabularies vocabularies, PrintLayout print) {
        FormSheet sheet = new FormSheet(workbook.createSheet(texts.text("section." + Section.STRUKTUREN.name())));
        // Narrow enough to print one page wide at about 90 %; the topic, the remark and the explanation wrap.
        sheet.widths(28, 15, 12, 10, 17, 34, 48);
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.put(0, c, texts.label(COLUMNS.get(c)), styles.header());
        }
        sheet.put(0, COLUMNS.size(), texts.text("forms.column.description"), styles.header());
        sheet.fitHeight(0);
        Map<String, StructureAnswer> previous = form.answers().stream()
                .collect(Collectors.toMap(StructureAnswer::topicCode, Function.identity(), (a, b) -> a));
        int row = 1;
        for (CoreTopic topic : form.topics()) {
            StructureAnswer answer = previous.get(topic.code());
            sheet.put(row, 0, topic.name(), styles.fixed());
            sheet.put(row, 1, answer == null ? null : spelling(vocabularies, answer.contactPerson()), styles.inputText());
            sheet.put(row, 2, answer == null ? null : spelling(vocabularies, answer.network()), styles.inputText());
            sheet.put(row, 3, answer == null ? null : answer.offers(), styles.inputWhole());
            sheet.put(row, 4, answer == null || answer.needForAction() == null ? null
                    : vocabularies.yesNo().offeredSpelling(answer.needForAction() ? Answer.JA : Answer.NEIN),
                    styles.inputText());
            sheet.put(row, 5, answer == null ? null : answer.remark(), styles.inputText());
            sheet.put(row, 6, topic.description(), styles.fixed());
            sheet.fitHeight(row);
            row++;
        }
        int last = Math.max(row - 1, 1);
        InputRules rules = new InputRules(sheet.sheet(), texts);
        rules.text(KERNTHEMA, InputRules.column(0, last), 200);
        rules.list(ANSPRECHPERSON, FormList.ANSWER, InputRules.column(1, last));
        rules.list(NETZWERK, FormList.ANSWER, InputRules.column(2, last));
        rules.wholeNumber(ANGEBOTE, InputRules.column(3, last));
        rules.list(HANDLUNGSBEDARF, FormList.YES_NO, InputRules.column(4, last));
        rules.text(BEMERKUNG, InputRules.column(5, last), MAX_REMARK);
        sheet.sheet().createFreezePane(1, 1);
        print.applyTo(sheet.sheet(), AngabenFormSheet.title(form, texts), 1);
        FormProtection.protect(sheet.sheet());
    }

    private static String spelling(Vocabularies vocabularies, Answer answer) {
        return answer == null ? null : vocabularies.answers().offeredSpelling(answer);
    }
}
