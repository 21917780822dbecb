package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The draft a run writes from the bundled sample input, beside the report, read back with POI: each figure of each
 * section the one the report's cell shows. The sample's extremes are single topics, so each sentence names one.
 */
class SampleDraftTests extends ImportTestSupport {

    private static final Instant CLONED = Instant.parse("2026-02-20T08:00:00Z");
    private static final String COVERAGE = "Abdeckung";
    private static final String NEED = "Handlungsbedarf";
    private static final String COVERAGE_CHANGE = "Veränderung Abdeckung (Prozentpunkte)";
    private static final String NEED_CHANGE = "Veränderung Handlungsbedarf (Prozentpunkte)";

    @Test
    void theSampleYearsDraftSpeaksOfTheReportsFigures() throws Exception {
        TestInbox.copyTree(Path.of("input"), inbox, CLONED);

        ImportRunResult run = importRun.run(inbox, reports, null);

        Path report = Path.of(run.report());
        Path file = InformationPaperWriter.paperFile(reports, 2025);
        assertThat(report).isEqualTo(reports.resolve("2025").resolve("Integrationsbericht_2025.xlsx"));
        assertThat(file).isRegularFile();
        DraftReading draft = DraftReading.of(file);
        try (ReportCells cells = ReportCells.open(report)) {
            assertThat(cells.statuses()).containsEntry("unvollständig", 1);
            assertThat(draft.section(2)).isEqualTo("Bis zum 01.03.2026 haben " + cells.statuses().get("vollständig")
                    + " von " + cells.municipalities() + " Gemeinden für 2025 vollständig zurückgemeldet. Davon "
                    + "enthalten " + cells.completeWithWarnings() + " Warnungen, also Hinweise auf mögliche "
                    + "Unstimmigkeiten; ihre Angaben zählen trotzdem. Unvollständig ist die Rückmeldung einer Gemeinde "
                    + "(nur einer der beiden Abschnitte Strukturen und Personal liegt vor), fehlerhaft sind die "
                    + "Rückmeldungen von " + cells.statuses().get("fehlerhaft") + " Gemeinden (die zuletzt "
                    + "eingegangene Fassung eines Abschnitts enthält Fehler) und von " + cells.statuses().get("fehlt")
                    + " Gemeinden fehlt die Rückmeldung noch.");

            List<ReportCells.Topic> topics = cells.topics();
            ReportCells.Topic best = only(topics, t -> t.value(COVERAGE), true);
            ReportCells.Topic worst = only(topics, t -> t.value(COVERAGE), false);
            ReportCells.Topic mostNeed = only(topics, t -> t.value(NEED), true);
            ReportCells.Topic leastNeed = only(topics, t -> t.value(NEED), false);
            ReportCells.Topic rise = only(topics, t -> t.value(COVERAGE_CHANGE), true);
            ReportCells.Topic fall = only(topics, t -> t.value(COVERAGE_CHANGE), false);
            ReportCells.Topic needRise = only(topics, t -> t.value(NEED_CHANGE), true);
            ReportCells.Topic needFall = only(topics, t -> t.value(NEED_CHANGE), false);
            assertThat(List.of(rise.value(COVERAGE_CHANGE), needRise.value(NEED_CHANGE))).allMatch(v -> v > 0);
            assertThat(List.of(fall.value(COVERAGE_CHANGE), needFall.value(NEED_CHANGE))).allMatch(v -> v < 0);
            assertThat(draft.section(3)).endsWith("Am besten abgedeckt ist das Kernthema " + named(best) + " mit "
                    + best.shown(COVERAGE) + " der Gemeinden mit bekannter Angabe (" + cells.coveredCount(best.code())
                    + " von " + best.shown("Basis Abdeckung") + "), am wenigsten das Kernthema " + named(worst)
                    + " mit " + worst.shown(COVERAGE) + " (" + cells.coveredCount(worst.code()) + " von "
                    + worst.shown("Basis Abdeckung") + ").\n"
                    + "Handlungsbedarf sehen die Gemeinden am häufigsten beim Kernthema " + named(mostNeed) + ": "
                    + mostNeed.shown(NEED) + " der Gemeinden mit bekannter Angabe (" + cells.needCount(mostNeed.code())
                    + " von " + mostNeed.shown("Basis Handlungsbedarf") + "); am seltensten beim Kernthema "
                    + named(leastNeed) + ": " + leastNeed.shown(NEED) + " (" + cells.needCount(leastNeed.code())
                    + " von " + leastNeed.shown("Basis Handlungsbedarf") + ").\n"
                    + "Gegenüber 2024 hat die Abdeckung beim Kernthema " + named(rise) + " am stärksten zugenommen, um "
                    + rise.shown(COVERAGE_CHANGE) + " Prozentpunkte, und beim Kernthema " + named(fall) + " am "
                    + "stärksten abgenommen, um " + fall.shown(COVERAGE_CHANGE) + " Prozentpunkte. Der Anteil der "
                    + "Gemeinden mit Handlungsbedarf ist beim Kernthema " + named(needRise) + " am stärksten "
                    + "gestiegen, um " + needRise.shown(NEED_CHANGE) + " Prozentpunkte, und beim Kernthema "
                    + named(needFall) + " am stärksten gesunken, um " + needFall.shown(NEED_CHANGE) + " Prozentpunkte.");

            String landShare = "Anteil Landesförderung an den VZÄ mit Angabe zur Finanzierung";
            assertThat(cells.staffTotal("VZÄ gesamt")).isEqualTo("26,92");
            assertThat(cells.overview("VZÄ gesamt", 1)).isEqualTo("30,13");
            assertThat(cells.overview(landShare, 2)).isEqualTo("3,3");
            assertThat(draft.section(4)).isEqualTo("Für 2025 meldeten die Gemeinden " + cells.staffTotal("VZÄ gesamt")
                    + " VZÄ (Vollzeitäquivalente) für die Integrationsarbeit, davon "
                    + cells.staffTotal("unbesetzt (VZÄ)") + " VZÄ unbesetzt. Nach Funktionen: "
                    + cells.staffTotal("VZÄ IB") + " VZÄ Integrationsbeauftragte (IB), " + cells.staffTotal("VZÄ IM")
                    + " VZÄ Integrationsmanagement (IM), " + cells.staffTotal("VZÄ EK") + " VZÄ Ehrenamts- und "
                    + "Flüchtlingskoordination (EK) und " + cells.staffTotal("VZÄ SO") + " VZÄ sonstige Fachkräfte "
                    + "Integration (SO). Das sind " + cells.staffTotal("VZÄ je 10.000 EW") + " VZÄ je 10.000 "
                    + "Einwohner der Gemeinden mit bekannter Personalausstattung. Von den VZÄ mit Angabe zur "
                    + "Finanzierung fördert das Land " + cells.staffTotal("Anteil Landesförderung") + ". Gegenüber "
                    + "2024 (" + cells.overview("VZÄ gesamt", 1) + " VZÄ) sind das " + cells.overview("VZÄ gesamt", 2)
                    + " VZÄ weniger. Der Anteil der Landesförderung ist um " + cells.overview(landShare, 2)
                    + " Prozentpunkte gestiegen (Vorjahr " + cells.overview(landShare, 1) + ").");

            assertThat(draft.section(5)).isEqualTo(cells.headline() + " Im Einzelnen: "
                    + cells.fixedTermTotal("abgelaufen") + " VZÄ sind bereits abgelaufen, "
                    + cells.fixedTermTotal("bis 12 Monate") + " VZÄ enden spätestens 12 Monate nach dem Stichtag "
                    + "31.12.2025 und " + cells.fixedTermTotal("13 bis 24 Monate") + " VZÄ enden in 13 bis 24 Monaten. "
                    + "Für diese Stellen ist eine Entscheidung über die Fortführung nötig, sonst gehen bestehende "
                    + "Strukturen verloren. Unbefristet sind " + cells.fixedTermTotal("unbefristet") + " VZÄ, später "
                    + "als 24 Monate nach dem Stichtag enden " + cells.fixedTermTotal("später") + " VZÄ. Ein Jahr "
                    + "zuvor (2024) waren es " + cells.overview("VZÄ, die innerhalb von 24 Monaten enden", 1) + " VZÄ ("
                    + cells.overview("Anteil an allen VZÄ", 1) + " aller VZÄ). Länger als sechs Monate unbesetzt sind "
                    + cells.staffTotal("unbesetzt > 6 Monate (VZÄ)") + " VZÄ (Vorjahr 2024: "
                    + cells.overview("unbesetzt > 6 Monate (VZÄ)", 1) + " VZÄ).");
            assertThat(cells.headline()).isEqualTo("14,46 VZÄ (53,7 % aller VZÄ) sind bereits abgelaufen oder enden "
                    + "innerhalb von 24 Monaten; davon 11,38 VZÄ aus Landesförderung.");
        }
        assertThat(draft.paragraphs()).contains("Beispieldaten (fiktiv)");
        assertThat(draft.allText()).doesNotContain("{{", "}}", "@");
    }

    /** The one topic with the highest (or lowest) value; the sample has no tie there. */
    private static ReportCells.Topic only(List<ReportCells.Topic> topics, ToDoubleFunction<ReportCells.Topic> value,
            boolean highest) {
        Comparator<ReportCells.Topic> order = Comparator.comparingDouble(value);
        ReportCells.Topic found = highest ? topics.stream().max(order).orElseThrow()
                : topics.stream().min(order).orElseThrow();
        assertThat(topics).filteredOn(t -> value.applyAsDouble(t) == value.applyAsDouble(found)).hasSize(1);
        return found;
    }

    private static String named(ReportCells.Topic topic) {
        return "„" + topic.name() + "“ (" + topic.code() + ")";
    }
}
