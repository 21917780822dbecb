package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

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

    public List<TopicShare> shares() {
        return topics.stream().map(this::share).toList();
    }

    public TopicShare share(CoreTopic topic) {
        int covered = 0;
        int known = 0;
        for (MunicipalityFigures m : municipalities) {
            Coverage coverage = m.coverage(topic.code());
            covered += coverage == Coverage.COVERED ? 1 : 0;
            known += coverage.isKnown() ? 1 : 0;
        }
        return new TopicShare(topic, covered, known);
    }

    /** The share of a topic by code; empty when the topic is not valid in this year. */
    public Optional<TopicShare> share(String topicCode) {
        return topics.stream().filter(t -> t.code().equals(topicCode)).findFirst().map(this::share);
    }

    /** District FTE per 10,000 inhabitants of the municipalities whose staffing is known. */
    public OptionalDouble ftePerTenThousand() {
        return district.perTenThousand(staffedPopulation);
    }
}
