package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Everything the district reports for one Berichtsjahr (RETURNS.md §6), computed once by {@link DistrictFigures}
 * and shown alike by the committee report, the reminder list and the web pages.
 *
 * @param topics            the core topics valid in the year, in the order of the guidelines
 * @param municipalities    every municipality of the register, in German collation order of the names
 * @param district          the district's staffing: every position counted once, shared ones included
 * @param staffedPopulation the inhabitants of the municipalities whose staffing is known
 */
public record YearFigures(int year, List<CoreTopic> topics, List<MunicipalityFigures> municipalities,
                          Staffing district, long staffedPopulation) {

    public int count(ReturnStatus status) {
        return (int) municipalities.stream().filter(m -> m.status() == status).count();
    }

    /** Municipalities with status {@code vollständig} and at least one warning. */
    public int completeWithWarnings() {
        return (int) municipalities.stream()
                .filter(m -> m.status() == ReturnStatus.VOLLSTAENDIG && m.warnings() > 0).count();
    }

    public int withCurrentStructures() {
        return (int) municipalities.stream().filter(MunicipalityFigures::structuresCurrent).count();
    }

    public int withCurrentStaff() {
        return (int) municipalities.stream().filter(MunicipalityFigures::staffCurrent).count();
    }

    /** The coverage of each topic valid in the year. */
    public List<TopicShare> shares() {
        return topics.stream().map(this::share).toList();
    }

    /** The coverage of a topic: municipalities covering it / those whose answer is known. */
    public TopicShare share(CoreTopic topic) {
        return count(topic, m -> m.coverage(topic.code()) == Coverage.COVERED, m -> m.coverage(topic.code()).isKnown());
    }

    /** The coverage of a topic by code; empty when the topic is not valid in this year. */
    public Optional<TopicShare> share(String topicCode) {
        return topic(topicCode).map(this::share);
    }

    /** The need for action on a topic: municipalities answering {@code ja} / those whose answer is known. */
    public TopicShare needForAction(CoreTopic topic) {
        return count(topic, m -> m.needForAction(topic.code()) == NeedForAction.JA,
                m -> m.needForAction(topic.code()) != NeedForAction.UNKNOWN);
    }

    /** The need for action on a topic by code; empty when the topic is not valid in this year. */
    public Optional<TopicShare> needForAction(String topicCode) {
        return topic(topicCode).map(this::needForAction);
    }

    /** The offers of a topic: their sum over the municipalities whose number is known, and how many they are. */
    public TopicOffers offers(CoreTopic topic) {
        int sum = 0;
        int known = 0;
        for (MunicipalityFigures m : municipalities) {
            Optional<Integer> offers = m.offers(topic.code());
            if (offers.isPresent()) {
                sum += offers.get();
                known++;
            }
        }
        return new TopicOffers(topic, sum, known);
    }

    /** The offers of a topic by code; empty when the topic is not valid in this year. */
    public Optional<TopicOffers> offers(String topicCode) {
        return topic(topicCode).map(this::offers);
    }

    private Optional<CoreTopic> topic(String code) {
        return topics.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private TopicShare count(CoreTopic topic, Predicate<MunicipalityFigures> counted,
            Predicate<MunicipalityFigures> known) {
        int count = (int) municipalities.stream().filter(counted).count();
        return new TopicShare(topic, count, (int) municipalities.stream().filter(known).count());
    }

    /** District FTE per 10,000 inhabitants of the municipalities whose staffing is known. */
    public OptionalDouble ftePerTenThousand() {
        return district.perTenThousand(staffedPopulation);
    }
}
