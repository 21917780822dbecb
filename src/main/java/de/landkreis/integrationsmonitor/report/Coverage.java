package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.Answer;
import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.store.CurrentAnswers;

/**
 * Whether a municipality covers a core topic (RETURNS.md §6), with the sign the report prints. The signs are
 * symbols, not colours, so a table reads the same in grayscale print; {@code .} follows DIN 55301 (unknown).
 */
public enum Coverage {
    COVERED("●"),
    PLANNED("◐"),
    NOT_COVERED("○"),
    /** not answered, no current Strukturen version, or (for offers) the number of offers left empty */
    UNKNOWN(".");

    private final String sign;

    Coverage(String sign) {
        this.sign = sign;
    }

    public String sign() {
        return sign;
    }

    /**
     * The coverage of a topic from its answer (null: not answered): the structure named in the topic's
     * {@code expected} column decides (RETURNS.md §6).
     */
    static Coverage of(CoreTopic topic, CurrentAnswers.TopicAnswer answer) {
        if (answer == null) {
            return UNKNOWN;
        }
        return switch (topic.expected()) {
            case ANSPRECHPERSON -> of(answer.contactPerson());
            case NETZWERK -> of(answer.network());
            // Offers are a number: an empty cell is unknown, never 0 (RETURNS.md §2).
            case ANGEBOT -> answer.offers() == null ? UNKNOWN : answer.offers() >= 1 ? COVERED : NOT_COVERED;
        };
    }

    private static Coverage of(Answer answer) {
        if (answer == null) {
            return UNKNOWN;
        }
        return switch (answer) {
            case JA, VERBUND -> COVERED;
            case GEPLANT -> PLANNED;
            case NEIN -> NOT_COVERED;
        };
    }

    /** Known answers make up the base of a district share; unknown ones are never counted as "not covered". */
    public boolean isKnown() {
        return this != UNKNOWN;
    }
}
