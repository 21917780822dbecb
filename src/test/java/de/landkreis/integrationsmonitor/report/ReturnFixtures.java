package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.ProjectTables;
import de.landkreis.integrationsmonitor.reference.Answer;
import de.landkreis.integrationsmonitor.reference.FundingSource;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import de.landkreis.integrationsmonitor.returns.Contact;
import de.landkreis.integrationsmonitor.returns.FileFormat;
import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.Section;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import de.landkreis.integrationsmonitor.store.CurrentVersions;
import de.landkreis.integrationsmonitor.store.ImportRuns;
import de.landkreis.integrationsmonitor.store.ReceivedFile;
import de.landkreis.integrationsmonitor.store.ReceivedFiles;
import de.landkreis.integrationsmonitor.store.ReturnStore;
import de.landkreis.integrationsmonitor.store.SchemaTables;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.Rule;
import de.landkreis.integrationsmonitor.validation.SectionVersion;
import de.landkreis.integrationsmonitor.validation.ValidatedFile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds returns in the database through the store's own API, as an import run would, without reading files:
 * the readers are written elsewhere and the figures must not depend on them.
 */
class ReturnFixtures {

    static final List<String> TOPICS = List.of("SPR", "BIL", "ARB", "WOH", "GES", "EHR", "TEI", "PAR", "IKO", "ANT",
            "NET");

    private final JdbcClient jdbc;
    private final ImportRuns runs;
    private final ReceivedFiles files;
    private final ReturnStore store;
    private final CurrentVersions current;

    ReturnFixtures(JdbcClient jdbc, ImportRuns runs, ReceivedFiles files, ReturnStore store, CurrentVersions current) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.files = files;
        this.store = store;
        this.current = current;
    }

    /** Empties every project table except the reference data, which the application synchronises at start. */
    void clear(SchemaTables tables) {
        ProjectTables.clear(jdbc, tables);
    }

    Run run(Instant startedAt) {
        return new Run(runs.start(1, startedAt), startedAt);
    }

    /** One import run: files are registered in the order they are added, then the run is settled. */
    final class Run {

        private final long id;
        private final Instant startedAt;

        private Run(long id, Instant startedAt) {
            this.id = id;
            this.startedAt = startedAt;
        }

        /**
         * Stores one file.
         *
         * @param fileFindings findings of the whole file in file order; each version links those of its own list
         */
        Run file(String path, List<Finding> fileFindings, SectionVersion... versions) {
            ReceivedFile file = files.register(id, path, 1000, startedAt.minusSeconds(3600));
            ValidatedFile validated = new ValidatedFile(fileFindings, List.of(versions));
            store.store(id, file, Integer.toHexString(path.hashCode()), FileFormat.XLSX, validated.outcome(),
                    validated);
            return this;
        }

        void settle() {
            current.settle(id);
            files.settle(id);
        }
    }

    static Finding finding(Rule rule, String ags, String file) {
        return new Finding(rule, new Location(file, "Angaben", 2, "B"), rule.code() + " – Testbefund", "", ags);
    }

    static SectionVersion structures(String ags, Integer year, List<StructureAnswer> answers, Contact contact,
            Finding... findings) {
        return new SectionVersion(ags, year, Section.STRUKTUREN, year == null ? null : LocalDate.of(year, 12, 31),
                new Location("f.xlsx", "Strukturen", 1, "A"), answers, List.of(), contact, List.of(findings));
    }

    static SectionVersion personal(String ags, Integer year, List<Position> positions, Contact contact,
            Finding... findings) {
        return new SectionVersion(ags, year, Section.PERSONAL, year == null ? null : LocalDate.of(year, 12, 31),
                new Location("f.xlsx", "Personal", 1, "A"), List.of(), positions, contact, List.of(findings));
    }

    /**
     * Every topic answered with Ansprechperson and Netzwerk {@code base} and {@code offers} offers; the changes
     * replace single topics, a null change leaves the topic out (not answered).
     */
    static List<StructureAnswer> answers(Answer base, Integer offers, Map<String, UnaryOperator<StructureAnswer>> changes) {
        List<StructureAnswer> answers = new ArrayList<>();
        int row = 2;
        for (String topic : TOPICS) {
            StructureAnswer answer = new StructureAnswer(topic, base, base, offers, Boolean.FALSE, "Bemerkung", row++);
            if (changes.containsKey(topic)) {
                answer = changes.get(topic) == null ? null : changes.get(topic).apply(answer);
            }
            if (answer != null) {
                answers.add(answer);
            }
        }
        return answers;
    }

    static UnaryOperator<StructureAnswer> contactPerson(Answer answer) {
        return a -> new StructureAnswer(a.topicCode(), answer, a.network(), a.offers(), a.needForAction(), a.remark(),
                a.sourceRow());
    }

    static UnaryOperator<StructureAnswer> network(Answer answer) {
        return a -> new StructureAnswer(a.topicCode(), a.contactPerson(), answer, a.offers(), a.needForAction(),
                a.remark(), a.sourceRow());
    }

    static UnaryOperator<StructureAnswer> offers(Integer offers) {
        return a -> new StructureAnswer(a.topicCode(), a.contactPerson(), a.network(), offers, a.needForAction(),
                a.remark(), a.sourceRow());
    }

    static Position position(PositionFunction function, String fte, boolean occupied, Set<FundingSource> funding,
            String... served) {
        return new Position(function, new BigDecimal(fte), occupied, occupied ? null : LocalDate.of(2025, 6, 1), null,
                null, null, new LinkedHashSet<>(funding), List.of(served), "Bemerkung", 2);
    }

    static Position none(String ags) {
        return new Position(PositionFunction.KEINE, null, null, null, null, null, null, Set.of(), List.of(ags), null, 2);
    }
}
