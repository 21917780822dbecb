package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.Section;
import de.landkreis.integrationsmonitor.validation.ReturnHistory.StoredPosition;
import de.landkreis.integrationsmonitor.validation.ReturnHistory.StoredVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Rules K05, P09 and P10, decided after all files of a run are read and its current versions settled, from the
 * order of receipt (RETURNS.md §1), never from the order in which work happened to finish.
 */
@Component
public class ComparingRules {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final FindingFactory findings;
    private final MunicipalityRegister register;

    ComparingRules(FindingFactory findings, MunicipalityRegister register) {
        this.findings = findings;
        this.register = register;
    }

    /** A finding and the section version it belongs to. */
    public record VersionFinding(long versionId, long receiptNo, Finding finding) {
    }

    /**
     * @param versions the accepted versions the run read, each with a known year
     */
    public List<VersionFinding> check(List<StoredVersion> versions, ReturnHistory history) {
        List<VersionFinding> result = new ArrayList<>();
        // What the rules compare with, asked once per year (not per version): a run may bring thousands of versions.
        List<Integer> years = versions.stream().map(StoredVersion::year).distinct().sorted().toList();
        Map<VersionKey, List<StoredVersion>> received = new HashMap<>();
        Map<Integer, Map<String, BigDecimal>> ownFteBefore = new HashMap<>();
        for (int year : years) {
            history.versionsOf(year).forEach(v -> received.computeIfAbsent(VersionKey.of(v), k -> new ArrayList<>())
                    .add(v));
            ownFteBefore.put(year, history.currentOwnFte(year - 1));
        }
        Map<Long, BigDecimal> fteNow = history.fteOf(versions.stream()
                .filter(v -> v.section() == Section.PERSONAL).map(StoredVersion::id).toList());
        for (StoredVersion version : versions) {
            corrections(version, received.getOrDefault(VersionKey.of(version), List.of()), result);
            if (version.section() == Section.PERSONAL) {
                staffingChange(version, ownFteBefore.get(version.year()).get(version.ags()),
                        fteNow.getOrDefault(version.id(), BigDecimal.ZERO), result);
            }
        }
        years.forEach(year -> sharedPositions(year, versions, history, result));
        result.sort(Comparator.comparingLong(VersionFinding::receiptNo));
        return result;
    }

    private record VersionKey(String ags, int year, Section section) {

        static VersionKey of(StoredVersion version) {
            return new VersionKey(version.ags(), version.year(), version.section());
        }
    }

    /**
     * K05: a correction of an earlier received version of the same municipality, year and section.
     *
     * @param received every version of that municipality, year and section, in receipt order
     */
    private void corrections(StoredVersion version, List<StoredVersion> received, List<VersionFinding> result) {
        received.stream()
                .filter(earlier -> earlier.receiptNo() < version.receiptNo())
                .reduce((first, second) -> second)
                .ifPresent(earlier -> result.add(new VersionFinding(version.id(), version.receiptNo(),
                        findings.create(Rule.K05, version.header(), earlier.file(), municipality(version.ags()),
                                findings.text("section." + version.section().name()), version.year(),
                                earlier.file()))));
    }

    /**
     * P10: own FTE differs from the year before by more than half (old 0 and new > 0 counts).
     *
     * @param before the FTE of the current version of the year before, null when there is none
     * @param now    the version's own positions: a run may hold an original and its correction, each judged by itself
     */
    private void staffingChange(StoredVersion version, BigDecimal before, BigDecimal now,
                                List<VersionFinding> result) {
        if (before == null) {
            return;
        }
        boolean changed = before.signum() == 0 ? now.signum() > 0
                : now.subtract(before).abs().divide(before, 6, RoundingMode.HALF_UP).compareTo(HALF) > 0;
        if (changed) {
            result.add(new VersionFinding(version.id(), version.receiptNo(), findings.create(Rule.P10,
                    version.header(), fte(now), municipality(version.ags()), fte(now), fte(before))));
        }
    }

    /**
     * P09: the same shared position in the current returns of two municipalities. Raised at the later-received
     * one, and only when that one was read in this run (an earlier run already told about older pairs).
     */
    private void sharedPositions(int year, List<StoredVersion> runVersions, ReturnHistory history,
                                 List<VersionFinding> result) {
        List<StoredPosition> shared = history.currentSharedPositions(year);
        for (StoredPosition later : shared) {
            if (runVersions.stream().noneMatch(v -> v.id() == later.version().id())) {
                continue;
            }
            shared.stream()
                    .filter(earlier -> !earlier.version().ags().equals(later.version().ags()))
                    .filter(earlier -> receivedBefore(earlier.version(), later.version()))
                    .filter(earlier -> samePosition(earlier.position(), later.position()))
                    .findFirst()
                    .ifPresent(earlier -> result.add(new VersionFinding(later.version().id(),
                            later.version().receiptNo(), findings.create(Rule.P09, later.functionCell(),
                                    later.position().function().name(), municipality(later.version().ags()),
                                    later.position().function().name(), fte(later.position().fte()),
                                    municipality(earlier.version().ags()).label()))));
        }
    }

    /** Versions of one joint file share its receipt number; among them the order of reading decides. */
    private static boolean receivedBefore(StoredVersion a, StoredVersion b) {
        return a.receiptNo() < b.receiptNo() || (a.receiptNo() == b.receiptNo() && a.id() < b.id());
    }

    private static boolean samePosition(Position a, Position b) {
        return a.function() == b.function() && a.fte().compareTo(b.fte()) == 0
                && Objects.equals(a.servedAgs().stream().sorted().toList(), b.servedAgs().stream().sorted().toList());
    }

    private Municipality municipality(String ags) {
        return register.byAgs(ags).orElse(null);
    }

    private static String fte(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }
}
