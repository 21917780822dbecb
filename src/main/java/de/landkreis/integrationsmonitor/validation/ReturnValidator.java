package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.returns.AngabenSheet;
import de.landkreis.integrationsmonitor.returns.Contact;
import de.landkreis.integrationsmonitor.returns.DataRow;
import de.landkreis.integrationsmonitor.returns.Field;
import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.ReadResult;
import de.landkreis.integrationsmonitor.returns.Section;
import de.landkreis.integrationsmonitor.returns.SectionTable;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Checks one read file against every rule that looks at the file alone and splits it into section versions.
 * All rules are checked even after a first FEHLER, so a municipality learns of every error at once.
 */
@Component
public class ReturnValidator {

    private final FileRules fileRules;
    private final IdentityRules identityRules;
    private final StructureRules structureRules;
    private final PositionRules positionRules;
    private final FindingFactory findings;

    ReturnValidator(FileRules fileRules, IdentityRules identityRules, StructureRules structureRules,
                    PositionRules positionRules, FindingFactory findings) {
        this.fileRules = fileRules;
        this.identityRules = identityRules;
        this.structureRules = structureRules;
        this.positionRules = positionRules;
        this.findings = findings;
    }

    public ValidatedFile validate(String file, ReadResult result) {
        if (result instanceof ReadResult.Failed failed) {
            return new ValidatedFile(List.of(fileRules.unreadable(file, failed)), List.of());
        }
        ReadResult.Content content = (ReadResult.Content) result;
        if (content.tables().isEmpty()) {
            // D05 is reported whenever macros exist, also beside D03 (RETURNS.md §5).
            List<Finding> findings = content.macros()
                    ? List.of(fileRules.macros(file), fileRules.noSection(file))
                    : List.of(fileRules.noSection(file));
            return new ValidatedFile(findings, List.of());
        }
        return new FileCheck(file, content).run();
    }

    /** The state of checking one file. */
    private final class FileCheck {

        private final String file;
        private final ReadResult.Content content;
        private final List<Finding> all = new ArrayList<>();
        private final List<Finding> everyVersion = new ArrayList<>();
        private final Map<Section, List<Finding>> unresolvedMembers = new EnumMap<>(Section.class);
        private final Map<VersionKey, Draft> drafts = new LinkedHashMap<>();
        private Identity formIdentity;

        FileCheck(String file, ReadResult.Content content) {
            this.file = file;
            this.content = content;
        }

        ValidatedFile run() {
            if (content.macros()) {
                Finding macros = fileRules.macros(file);
                all.add(macros);
                everyVersion.add(macros); // D05 counts for every AGS of its file (RETURNS.md §6)
            }
            for (SectionTable table : content.tables()) {
                check(table);
            }
            List<SectionVersion> versions = new ArrayList<>();
            for (Draft draft : drafts.values()) {
                List<Finding> own = new ArrayList<>(everyVersion);
                own.addAll(draft.findings);
                own.addAll(unresolvedMembers.getOrDefault(draft.key.section(), List.of()));
                versions.add(new SectionVersion(draft.key.ags(), draft.key.year(), draft.key.section(),
                        draft.identity.stichtag(), draft.header, List.copyOf(draft.answers),
                        List.copyOf(draft.positions), draft.identity.contact(), List.copyOf(own)));
            }
            return new ValidatedFile(List.copyOf(all), List.copyOf(versions));
        }

        private void check(SectionTable table) {
            boolean rowsCarryIdentity = table.columns().containsKey(Field.AGS)
                    || table.columns().containsKey(Field.GEMEINDE);
            if (table.rows().isEmpty()) {
                Identity identity = rowsCarryIdentity ? null : formIdentity();
                all.add(fileRules.emptySection(table.location(), sectionName(table.section()),
                        identity == null ? null : identity.municipality()));
                return;
            }
            if (!rowsCarryIdentity) {
                checkGroup(table, formIdentity(), table.rows(), false);
                return;
            }
            // Findings about the repeated columns go to the first row of each spelling (RETURNS.md §5); rows whose
            // spellings name the same municipality and year are then checked as one section.
            Map<String, List<DataRow>> groups = new LinkedHashMap<>();
            for (DataRow row : table.rows()) {
                String who = row.has(Field.AGS) ? row.text(Field.AGS) : row.text(Field.GEMEINDE);
                groups.computeIfAbsent(who + "\u0000" + row.text(Field.BERICHTSJAHR), k -> new ArrayList<>()).add(row);
            }
            Map<VersionKey, Identity> identities = new LinkedHashMap<>();
            Map<VersionKey, List<DataRow>> members = new LinkedHashMap<>();
            for (List<DataRow> rows : groups.values()) {
                Identity identity = identityRules.fromRows(table, rows.get(0));
                all.addAll(identity.findings());
                if (!identity.resolved()) {
                    checkGroup(table, identity, rows, true);
                    continue;
                }
                VersionKey key = new VersionKey(identity.municipality().ags(), identity.year(), table.section());
                identities.merge(key, identity, Identity::withFindingsOf);
                members.computeIfAbsent(key, k -> new ArrayList<>()).addAll(rows);
            }
            members.forEach((key, rows) -> checkGroup(table, identities.get(key),
                    rows.stream().sorted(Comparator.comparingInt(DataRow::row)).toList(), true));
        }

        private void checkGroup(SectionTable table, Identity identity, List<DataRow> rows, boolean joint) {
            Integer year = identity.year();
            LocalDate stichtag = identity.stichtag() != null ? identity.stichtag()
                    : year == null ? null : LocalDate.of(year, 12, 31);
            SectionContext context = new SectionContext(table, identity.municipality(), year, stichtag);
            List<Finding> found = new ArrayList<>();
            List<StructureAnswer> answers = List.of();
            List<Position> positions = List.of();
            if (table.section() == Section.STRUKTUREN) {
                answers = structureRules.check(context, rows, found);
            } else {
                positions = positionRules.check(context, rows, found);
            }
            all.addAll(found);
            if (!identity.resolved()) {
                if (joint) {
                    // An unresolved row could belong to any member: it rejects that section for all of them.
                    unresolvedMembers.computeIfAbsent(table.section(), s -> new ArrayList<>())
                            .addAll(identity.findings());
                }
                return;
            }
            VersionKey key = new VersionKey(identity.municipality().ags(), year, table.section());
            Draft draft = drafts.get(key);
            if (draft == null) {
                Field headerField = table.section() == Section.STRUKTUREN ? Field.KERNTHEMA : Field.FUNKTION;
                draft = new Draft(key, identity, table.location().at(table.headerRow(), table.column(headerField)));
                draft.findings.addAll(identity.findings());
                drafts.put(key, draft);
            } else if (year != null) {
                // The same section in a second sheet: a file-level FEHLER that rejects everything in the file
                // (RETURNS.md §5); the second sheet's rows are checked, but never merged into the first one's.
                Finding twice = fileRules.sectionTwice(file, sectionName(table.section()), identity.municipality(),
                        year, draft.header.sheet(), table.location().sheet());
                all.add(twice);
                everyVersion.add(twice);
                draft.findings.addAll(found);
                return;
            }
            draft.findings.addAll(found);
            draft.answers.addAll(answers);
            draft.positions.addAll(positions);
        }

        private Identity formIdentity() {
            if (formIdentity == null) {
                List<AngabenSheet> angaben = content.angaben();
                formIdentity = angaben.isEmpty() ? missingAngaben() : identityRules.fromAngaben(angaben.get(0));
                all.addAll(formIdentity.findings());
            }
            return formIdentity;
        }

        /** A workbook in form layout without an Angaben sheet: neither AGS nor Berichtsjahr can be read. */
        private Identity missingAngaben() {
            Location where = Location.ofFile(file);
            return new Identity(null, null, null, new Contact(null, null, null, null), List.of(
                    findings.createVariant(Rule.K01, "noAngaben", where, "", null, "–"),
                    findings.createVariant(Rule.K03, "missing", where, "", null)));
        }

        private String sectionName(Section section) {
            return findings.text("section." + section.name());
        }
    }

    private record VersionKey(String ags, Integer year, Section section) {
        VersionKey {
            Objects.requireNonNull(ags);
        }
    }

    private static final class Draft {
        private final VersionKey key;
        private final Identity identity;
        private final Location header;
        private final List<Finding> findings = new ArrayList<>();
        private final List<StructureAnswer> answers = new ArrayList<>();
        private final List<Position> positions = new ArrayList<>();

        Draft(VersionKey key, Identity identity, Location header) {
            this.key = key;
            this.identity = identity;
            this.header = header;
        }
    }
}
