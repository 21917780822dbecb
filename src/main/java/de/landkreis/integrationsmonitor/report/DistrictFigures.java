package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.CoreTopicCatalogue;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.store.CurrentAnswers;
import de.landkreis.integrationsmonitor.store.CurrentPosition;
import de.landkreis.integrationsmonitor.store.CurrentPositions;
import de.landkreis.integrationsmonitor.store.SectionStates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Computes the figures of RETURNS.md §6 — Rücklauf status, warnings, coverage, need for action, offers, staffing,
 * fixed terms and long vacancies — in one place, from current versions only. Reads no contact data.
 */
@Service
public class DistrictFigures {

    /** How many years the sheet Entwicklung shows at most. */
    static final int DEVELOPMENT_YEARS = 10;

    private final MunicipalityRegister register;
    private final CoreTopicCatalogue topics;
    private final SectionStates states;
    private final CurrentAnswers answers;
    private final CurrentPositions positions;

    public DistrictFigures(SectionStates states, CurrentAnswers answers, CurrentPositions positions,
            MunicipalityRegister register, CoreTopicCatalogue topics) {
        this.register = register;
        this.topics = topics;
        this.states = states;
        this.answers = answers;
        this.positions = positions;
    }

    /** The core topics this instance counts with (those of the guidelines). */
    public CoreTopicCatalogue topics() {
        return topics;
    }

    /** The figures of one Berichtsjahr for every municipality of the register. */
    public YearFigures of(int year) {
        List<CoreTopic> valid = topics.validIn(year);
        Map<String, ReturnStates.State> received = ReturnStates.of(states.ofYear(year));
        Map<String, Integer> warnings = states.warningsOfCurrentVersions(year);
        Map<String, Map<String, CurrentAnswers.TopicAnswer>> answered = answers.of(year);
        Set<String> reporting = positions.reporting(year);
        List<CurrentPosition> staff = positions.of(year);

        StaffingSum district = new StaffingSum();
        Map<String, StaffingSum> byMunicipality = new HashMap<>();
        reporting.forEach(ags -> byMunicipality.put(ags, new StaffingSum()));
        for (CurrentPosition position : staff) {
            // A shared position counts once for the district and in proportion to population for each served one.
            district.add(position, 1);
            Map<String, Double> weights = populationShares(position.servedAgs());
            weights.forEach((ags, weight) -> byMunicipality.computeIfAbsent(ags, a -> new StaffingSum())
                    .add(position, weight));
        }

        List<MunicipalityFigures> rows = new ArrayList<>();
        long staffedPopulation = 0;
        for (Municipality m : register.all()) {
            ReturnStates.State state = received.get(m.ags());
            StaffingSum sum = byMunicipality.get(m.ags());
            if (sum != null) {
                staffedPopulation += m.population();
            }
            Map<String, CurrentAnswers.TopicAnswer> topicAnswers = answered.getOrDefault(m.ags(), Map.of());
            Map<String, Coverage> coverage = new LinkedHashMap<>();
            Map<String, NeedForAction> need = new LinkedHashMap<>();
            Map<String, Integer> offers = new HashMap<>();
            for (CoreTopic topic : valid) {
                CurrentAnswers.TopicAnswer answer = topicAnswers.get(topic.code());
                coverage.put(topic.code(), Coverage.of(topic, answer));
                need.put(topic.code(), NeedForAction.of(answer == null ? null : answer.needForAction()));
                if (answer != null && answer.offers() != null) {
                    offers.put(topic.code(), answer.offers());
                }
            }
            rows.add(new MunicipalityFigures(m,
                    state == null ? ReturnStatus.FEHLT : state.status(),
                    state == null ? Optional.empty() : state.receivedAt(),
                    warnings.getOrDefault(m.ags(), 0),
                    answered.containsKey(m.ags()),
                    reporting.contains(m.ags()),
                    coverage, need, offers,
                    Optional.ofNullable(sum).map(StaffingSum::toStaffing)));
        }
        return new YearFigures(year, valid, List.copyOf(rows), district.toStaffing(), staffedPopulation);
    }

    /** Everything the papers of one Berichtsjahr show; each year's figures computed once. */
    public ReportYear reportYear(int year) {
        YearFigures current = of(year);
        List<YearFigures> development = new ArrayList<>();
        for (int shown : developmentYears(year)) {
            development.add(shown == year ? current : of(shown));
        }
        Optional<YearFigures> previous = development.stream().filter(y -> y.year() == year - 1).findFirst();
        return new ReportYear(current, previous, development);
    }

    /** The Berichtsjahre with at least one current version, ascending. */
    public List<Integer> yearsWithCurrentVersions() {
        return states.yearsWithCurrentVersions();
    }

    /**
     * The years the sheet Entwicklung shows for a report (RETURNS.md §6 "Development"): the Berichtsjahre up to and
     * including {@code year} with at least one current version, the 10 latest of them, ascending.
     */
    private List<Integer> developmentYears(int year) {
        List<Integer> years = yearsWithCurrentVersions().stream().filter(y -> y <= year).toList();
        return years.subList(Math.max(0, years.size() - DEVELOPMENT_YEARS), years.size());
    }

    /** The default year of a report: the latest Berichtsjahr with an accepted return. */
    public Optional<Integer> latestYearWithAcceptedReturns() {
        return states.latestYearWithAcceptedReturns();
    }

    // Split by the register's population; a served municipality the register no longer lists weighs nothing, and
    // only if none is listed the position is split equally, so no FTE is lost.
    private Map<String, Double> populationShares(List<String> servedAgs) {
        Map<String, Double> shares = new HashMap<>();
        long total = servedAgs.stream().mapToLong(this::population).sum();
        for (String ags : servedAgs) {
            shares.put(ags, total > 0 ? (double) population(ags) / total : 1.0 / servedAgs.size());
        }
        return shares;
    }

    private long population(String ags) {
        return register.byAgs(ags).map(Municipality::population).orElse(0);
    }

}
