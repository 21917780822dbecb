package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import java.util.OptionalDouble;

/**
 * A district share of one core topic (RETURNS.md §6): municipalities covering it, or seeing need for action on it,
 * out of those whose answer is known.
 *
 * @param count municipalities counted: covering the topic, or answering Handlungsbedarf {@code ja}
 * @param known municipalities whose answer is known: the base
 */
public record TopicShare(CoreTopic topic, int count, int known) {

    /** Empty where no answer is known (DIN 55301 {@code x}). */
    public OptionalDouble share() {
        return known > 0 ? OptionalDouble.of((double) count / known) : OptionalDouble.empty();
    }
}
