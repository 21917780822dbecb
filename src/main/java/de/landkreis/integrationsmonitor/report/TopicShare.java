package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import java.util.OptionalDouble;

/**
 * The district's coverage of one core topic: covered / municipalities whose answer is known (RETURNS.md §6).
 *
 * @param covered municipalities that cover the topic
 * @param known   municipalities whose answer is known (covered, planned or not covered): the base
 */
public record TopicShare(CoreTopic topic, int covered, int known) {

    /** Empty where no answer is known (DIN 55301 {@code x}). */
    public OptionalDouble share() {
        return known > 0 ? OptionalDouble.of((double) covered / known) : OptionalDouble.empty();
    }
}
