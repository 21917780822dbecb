package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.reference.Answer;
import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.CoreTopicCatalogue;
import de.landkreis.integrationsmonitor.reference.Vocabularies;
import de.landkreis.integrationsmonitor.returns.CellValue;
import de.landkreis.integrationsmonitor.returns.DataRow;
import de.landkreis.integrationsmonitor.returns.Field;
import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Rules S01–S06 and Z01 over the rows of one Strukturen section version (RETURNS.md §2, §5). */
@Component
class StructureRules {

    private final CoreTopicCatalogue topics;
    private final Vocabularies vocabularies;
    private final FindingFactory findings;
    private final TextLengthRule textLength;

    StructureRules(CoreTopicCatalogue topics, Vocabularies vocabularies, FindingFactory findings,
                   TextLengthRule textLength) {
        this.topics = topics;
        this.vocabularies = vocabularies;
        this.findings = findings;
        this.textLength = textLength;
    }

    /** The answered topics of the rows; every finding is added to {@code found}. */
    List<StructureAnswer> check(SectionContext context, List<DataRow> rows, List<Finding> found) {
        Map<String, StructureAnswer> answered = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (DataRow row : rows) {
            textLength.check(context, row, found);
            Optional<CoreTopic> topic = topic(context, row, found);
            if (topic.isEmpty()) {
                continue;
            }
            String code = topic.get().code();
            if (seen.containsKey(code)) {
                found.add(findings.create(Rule.S02, at(context, row, Field.KERNTHEMA), row.text(Field.KERNTHEMA),
                        context.municipality(), code, seen.get(code)));
                continue;
            }
            seen.put(code, row.row());
            StructureAnswer answer = answer(context, row, code, found);
            if (answer != null) {
                answered.put(code, answer);
            }
        }
        if (context.year() != null) {
            for (CoreTopic topic : topics.validIn(context.year())) {
                if (!answered.containsKey(topic.code())) {
                    found.add(findings.create(Rule.S03,
                            context.table().location().at(context.table().headerRow(),
                                    context.table().column(Field.KERNTHEMA)),
                            topic.code() + " " + topic.name(), context.municipality(), topic.code(), topic.name()));
                }
            }
        }
        return List.copyOf(answered.values());
    }

    private Optional<CoreTopic> topic(SectionContext context, DataRow row, List<Finding> found) {
        String text = row.text(Field.KERNTHEMA);
        Optional<CoreTopic> topic = topics.find(text);
        if (topic.isEmpty()) {
            found.add(findings.createVariant(Rule.S01, "unknown", at(context, row, Field.KERNTHEMA), text,
                    context.municipality()));
            return Optional.empty();
        }
        if (context.year() != null && !topic.get().validIn(context.year())) {
            found.add(findings.createVariant(Rule.S01, "invalid", at(context, row, Field.KERNTHEMA), text,
                    context.municipality(), topic.get().code(), context.year()));
            return Optional.empty();
        }
        return topic;
    }

    /** The row's answer, or null when the row is not answered (then S03 reports the topic). */
    private StructureAnswer answer(SectionContext context, DataRow row, String code, List<Finding> found) {
        if (!row.has(Field.ANSPRECHPERSON) && !row.has(Field.NETZWERK) && !row.has(Field.ANGEBOTE)) {
            return null;
        }
        Answer contactPerson = answerOf(context, row, Field.ANSPRECHPERSON, found);
        Answer network = answerOf(context, row, Field.NETZWERK, found);
        Integer offers = offers(context, row, found);
        Boolean needForAction = null;
        if (row.has(Field.HANDLUNGSBEDARF)) {
            needForAction = vocabularies.yesNo(row.text(Field.HANDLUNGSBEDARF)).orElse(null);
            if (needForAction == null) {
                found.add(findings.createVariant(Rule.S04, "yesno", at(context, row, Field.HANDLUNGSBEDARF),
                        row.text(Field.HANDLUNGSBEDARF), context.municipality(), code));
            }
        }
        if (offers != null && offers > 0 && contactPerson == Answer.NEIN && network == Answer.NEIN) {
            found.add(findings.create(Rule.S06, at(context, row, Field.ANGEBOTE), row.text(Field.ANGEBOTE),
                    context.municipality(), code, offers));
        }
        String remark = row.text(Field.BEMERKUNG);
        return new StructureAnswer(code, contactPerson, network, offers, needForAction,
                remark.isEmpty() ? null : remark, row.row());
    }

    /** An empty answer beside filled ones means nein (RETURNS.md §2). */
    private Answer answerOf(SectionContext context, DataRow row, Field field, List<Finding> found) {
        if (!row.has(field)) {
            return Answer.NEIN;
        }
        Optional<Answer> answer = vocabularies.answers().match(row.text(field));
        if (answer.isEmpty()) {
            found.add(findings.createVariant(Rule.S04, "answer", at(context, row, field), row.text(field),
                    context.municipality(), row.text(Field.KERNTHEMA)));
            return null;
        }
        return answer.get();
    }

    private Integer offers(SectionContext context, DataRow row, List<Finding> found) {
        if (!row.has(Field.ANGEBOTE)) {
            return null;
        }
        CellValue cell = row.get(Field.ANGEBOTE);
        Double number = cell.number();
        if (number == null || number < 0 || number != Math.rint(number) || number > Integer.MAX_VALUE) {
            found.add(findings.create(Rule.S05, at(context, row, Field.ANGEBOTE), cell.trimmed(),
                    context.municipality(), row.text(Field.KERNTHEMA)));
            return null;
        }
        return number.intValue();
    }

    private static Location at(SectionContext context, DataRow row, Field field) {
        return context.table().cell(row.row(), field);
    }
}
