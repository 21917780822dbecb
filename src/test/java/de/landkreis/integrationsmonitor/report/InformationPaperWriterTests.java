package de.landkreis.integrationsmonitor.report;

import static de.landkreis.integrationsmonitor.reference.Answer.JA;
import static de.landkreis.integrationsmonitor.reference.Answer.NEIN;
import static de.landkreis.integrationsmonitor.reference.FundingSource.LAND_IM;
import static de.landkreis.integrationsmonitor.reference.PositionFunction.IM;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.answers;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.contactPerson;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.offers;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.personal;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.position;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.structures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ResourceLoader;

/**
 * The Mitteilungsvorlage draft read back with POI beside the committee report of the same year: every section
 * there, every figure the one the report's cell shows, in a year with a previous year, one without, one in which
 * every municipality reported and a topic has no known answer; no contact data, no e-mail address, no placeholder
 * left.
 */
class InformationPaperWriterTests extends ReportContext {

    private static final List<String> SECTIONS = List.of("1. Leitlinien und Kernthemen", "2. Rücklauf",
            "3. Kernthemen: Abdeckung und Handlungsbedarf", "4. Personal", "5. Sicherung der Strukturen",
            "6. Anlage");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
    private static final String WARNINGS = ", also Hinweise auf mögliche Unstimmigkeiten; ihre Angaben zählen "
            + "trotzdem.";

    @Autowired
    CommitteeReportWriter reportWriter;
    @Autowired
    InformationPaperWriter writer;
    @Autowired
    MunicipalityRegister register;
    @Autowired
    District district;
    @Autowired
    MessageSource messages;
    @Autowired
    Clock clock;
    @Autowired
    ResourceLoader resources;

    @TempDir
    Path reports;

    @Test
    void aYearWithPreviousYearSpeaksOfTheReportsFiguresSectionBySection() throws IOException {
        CommitteeFixture.load(fixtures());
        Instant dataAsOf = CommitteeFixture.DATA_AS_OF;
        Path report = reportWriter.write(reports, figures.reportYear(2025), dataAsOf);
        InformationPaperWriter.Draft written = writer.write(reports, figures.reportYear(2025), dataAsOf);
        DraftReading draft = DraftReading.of(written.file());

        assertThat(written.file()).isEqualTo(reports.resolve("2025").resolve("Mitteilungsvorlage_2025.docx"));
        assertThat(written.templateNotice()).isEmpty();
        assertThat(draft.sections().keySet()).containsExactlyElementsOf(SECTIONS);
        assertThat(draft.paragraphs()).startsWith("Mitteilungsvorlage", "Beispieldaten (fiktiv)",
                "Vorlagen-Nr.: ________", "Federführung: Landratsamt Ravensburg – Amt für Migration und Integration",
                "Beratungsfolge", "Sitzung am", "Beratung", "Status", "Sozialausschuss", "________", "Kenntnisnahme",
                "Ö (öffentlich)");
        assertThat(draft.paragraphs()).contains("Integrationsmonitor 2025: Integrationsstrukturen und Personal der "
                        + "Städte und Gemeinden im Landkreis Ravensburg", "Beschlussvorschlag",
                "Darstellung des Vorgangs");
        assertThat(draft.title()).isEqualTo("Mitteilungsvorlage (Entwurf): Integrationsmonitor 2025 – Landkreis "
                + "Ravensburg");

        try (ReportCells cells = ReportCells.open(report)) {
            assertThat(cells.statuses()).containsExactly(entry("vollständig", 4), entry("unvollständig", 1),
                    entry("fehlerhaft", 1), entry("fehlt", 33));
            assertThat(draft.section(2)).isEqualTo("Bis zum 01.02.2026 haben " + cells.statuses().get("vollständig")
                    + " von " + cells.municipalities() + " Gemeinden für 2025 vollständig zurückgemeldet. Davon "
                    + "enthalten " + cells.completeWithWarnings() + " Warnungen" + WARNINGS + " Unvollständig ist die "
                    + "Rückmeldung einer Gemeinde (nur einer der beiden Abschnitte Strukturen und Personal liegt vor), "
                    + "fehlerhaft ist die Rückmeldung einer Gemeinde (die zuletzt eingegangene Fassung eines "
                    + "Abschnitts enthält Fehler) und von " + cells.statuses().get("fehlt") + " Gemeinden fehlt die "
                    + "Rückmeldung noch.");

            Map<String, ReportCells.Topic> topics = byCode(cells.topics());
            assertThat(topics.get("EHR").shown("Abdeckung")).isEqualTo("83,3 %");
            assertThat(topics.get("SPR").shown("Abdeckung")).isEqualTo("50,0 %");
            assertThat(topics.get("BIL").shown("Abdeckung")).isEqualTo("50,0 %");
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.value("Abdeckung"))
                    .isBetween(topics.get("SPR").value("Abdeckung"), topics.get("EHR").value("Abdeckung")));
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.shown("Handlungsbedarf"))
                    .isEqualTo("0,0 %"));
            assertThat(topics.get("BIL").value("Veränderung Abdeckung (Prozentpunkte)")).isEqualTo(-50.0);
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.value(
                    "Veränderung Abdeckung (Prozentpunkte)")).isBetween(-50.0, 0.0));
            assertThat(draft.section(3)).endsWith("Am besten abgedeckt ist das Kernthema „Bürgerschaftliches "
                    + "Engagement“ (EHR) mit " + topics.get("EHR").shown("Abdeckung") + " der Gemeinden mit bekannter "
                    + "Angabe (" + cells.coveredCount("EHR") + " von " + topics.get("EHR").shown("Basis Abdeckung")
                    + "), am wenigsten die Kernthemen „Sprache“ (SPR) und „Bildung und frühe Förderung“ (BIL) mit je "
                    + topics.get("SPR").shown("Abdeckung") + ".\n"
                    + "Keine Gemeinde mit bekannter Angabe sieht bei einem Kernthema Handlungsbedarf.\n"
                    + "Gegenüber 2024 hat die Abdeckung bei keinem Kernthema zugenommen; am stärksten abgenommen hat "
                    + "sie beim Kernthema „Bildung und frühe Förderung“ (BIL), um "
                    + topics.get("BIL").shown("Veränderung Abdeckung (Prozentpunkte)") + " Prozentpunkte. Der Anteil "
                    + "der Gemeinden mit Handlungsbedarf ist gegenüber 2024 bei allen vergleichbaren Kernthemen gleich "
                    + "geblieben.");

            assertThat(cells.staffTotal("VZÄ gesamt")).isEqualTo("4,30");
            assertThat(draft.section(4)).isEqualTo("Für 2025 meldeten die Gemeinden " + cells.staffTotal("VZÄ gesamt")
                    + " VZÄ (Vollzeitäquivalente) für die Integrationsarbeit, davon "
                    + cells.staffTotal("unbesetzt (VZÄ)") + " VZÄ unbesetzt. Nach Funktionen: "
                    + cells.staffTotal("VZÄ IB") + " VZÄ Integrationsbeauftragte (IB), " + cells.staffTotal("VZÄ IM")
                    + " VZÄ Integrationsmanagement (IM) und " + cells.staffTotal("VZÄ EK") + " VZÄ Ehrenamts- und "
                    + "Flüchtlingskoordination (EK). Das sind " + cells.staffTotal("VZÄ je 10.000 EW") + " VZÄ je "
                    + "10.000 Einwohner der Gemeinden mit bekannter Personalausstattung. Von den VZÄ mit Angabe zur "
                    + "Finanzierung fördert das Land " + cells.staffTotal("Anteil Landesförderung") + ". Gegenüber "
                    + "2024 (" + cells.overview("VZÄ gesamt", 1) + " VZÄ) sind das " + cells.overview("VZÄ gesamt", 2)
                    + " VZÄ mehr. Der Anteil der Landesförderung ist um " + cells.overview(LAND_SHARE, 2)
                    + " Prozentpunkte gesunken (Vorjahr " + cells.overview(LAND_SHARE, 1) + ").");
            assertThat(cells.staffTotal("VZÄ SO")).isEqualTo("0,00");

            assertThat(cells.fixedTermTotal("unbefristet")).isEqualTo(cells.staffTotal("VZÄ gesamt"));
            assertThat(cells.overview("unbesetzt > 6 Monate (VZÄ)", 1)).isEqualTo("0,00");
            assertThat(draft.section(5)).isEqualTo(cells.headline() + " Alle " + cells.fixedTermTotal("unbefristet")
                    + " VZÄ sind unbefristet. Ein Jahr zuvor (2024) war keine Stelle abgelaufen und keine endete "
                    + "innerhalb von 24 Monaten. Länger als sechs Monate unbesetzt sind "
                    + cells.staffTotal("unbesetzt > 6 Monate (VZÄ)") + " VZÄ (Vorjahr 2024: keine).");
        }
        assertThat(draft.section(1)).endsWith("Für 2025 gelten 11 Kernthemen: Sprache (SPR), Bildung und frühe "
                + "Förderung (BIL), Arbeit und Ausbildung (ARB), Wohnen (WOH), Gesundheit (GES), Bürgerschaftliches "
                + "Engagement (EHR), Teilhabe an Kultur, Sport und Freizeit (TEI), Beteiligung (PAR), Interkulturelle "
                + "Öffnung der Verwaltung (IKO), Antidiskriminierung und Zusammenleben (ANT) und Vernetzung und "
                + "Koordination (NET).");
        assertThat(draft.section(6)).isEqualTo("Integrationsbericht 2025 mit den Blättern Übersicht, Kernthemen, "
                + "Handlungsbedarf, Personal, Befristungen, Entwicklung, Rücklauf und Erläuterungen (Stichtag "
                + "31.12.2025, Datenstand 01.02.2026, 09:30 Uhr).");
        assertThat(draft.headers()).contains("Landratsamt Ravensburg – Amt für Migration und Integration",
                "Beispieldaten (fiktiv)");
        // A number and its unit are never split over two lines.
        assertThat(draft.parts().get("word/document.xml")).contains("4,30\u00a0VZÄ", "78,6\u00a0%",
                "21,4\u00a0Prozentpunkte").doesNotContain("4,30 VZÄ");
        assertThat(draft.headers()).anySatisfy(footer -> assertThat(footer)
                .startsWith("Integrationsmonitor 2025 – Datenstand 01.02.2026, 09:30 Uhr"));
    }

    private static final String LAND_SHARE = "Anteil Landesförderung an den VZÄ mit Angabe zur Finanzierung";

    @Test
    void aYearWithoutPreviousYearComparesNothing() throws IOException {
        CommitteeFixture.load(fixtures());
        Path report = reportWriter.write(reports, figures.reportYear(2024), CommitteeFixture.DATA_AS_OF);
        DraftReading draft = DraftReading.of(writer.write(reports, figures.reportYear(2024), CommitteeFixture.DATA_AS_OF).file());

        assertThat(draft.sections().keySet()).containsExactlyElementsOf(SECTIONS);
        try (ReportCells cells = ReportCells.open(report)) {
            assertThat(cells.hasPreviousYear()).isFalse();
            assertThat(draft.section(2)).isEqualTo("Bis zum 01.02.2026 haben " + cells.statuses().get("vollständig")
                    + " von 39 Gemeinden für 2024 vollständig zurückgemeldet. Keine davon enthält Warnungen. Von "
                    + cells.statuses().get("fehlt") + " Gemeinden fehlt die Rückmeldung noch.");
            Map<String, ReportCells.Topic> topics = byCode(cells.topics());
            assertThat(draft.section(3)).endsWith("Am besten abgedeckt sind 10 Kernthemen mit je "
                    + topics.get("BIL").shown("Abdeckung") + " der Gemeinden mit bekannter Angabe, am wenigsten das "
                    + "Kernthema „Sprache“ (SPR) mit " + topics.get("SPR").shown("Abdeckung") + " ("
                    + cells.coveredCount("SPR") + " von " + topics.get("SPR").shown("Basis Abdeckung") + ").\n"
                    + "Keine Gemeinde mit bekannter Angabe sieht bei einem Kernthema Handlungsbedarf.\n"
                    + "Ein Vergleich mit dem Vorjahr ist nicht möglich: Für 2023 liegen keine gültigen Rückmeldungen "
                    + "vor.");
            assertThat(topics.values()).filteredOn(t -> t.shown("Abdeckung").equals("100,0 %")).hasSize(10);
            assertThat(draft.section(4)).isEqualTo("Für 2024 meldeten die Gemeinden " + cells.staffTotal("VZÄ gesamt")
                    + " VZÄ (Vollzeitäquivalente) für die Integrationsarbeit, alle besetzt. Sie entfallen ganz auf die "
                    + "Funktion Integrationsmanagement (IM). Das sind " + cells.staffTotal("VZÄ je 10.000 EW")
                    + " VZÄ je 10.000 Einwohner der Gemeinden mit bekannter Personalausstattung. Von den VZÄ mit "
                    + "Angabe zur Finanzierung fördert das Land " + cells.staffTotal("Anteil Landesförderung") + ".");
            assertThat(draft.section(5)).isEqualTo(cells.headline() + " Alle " + cells.staffTotal("VZÄ gesamt")
                    + " VZÄ sind unbefristet. Keine Stelle ist länger als sechs Monate unbesetzt.");
        }
    }

    @Test
    void aYearInWhichEveryMunicipalityReportedAndNobodyAnsweredOneTopic() throws IOException {
        ReturnFixtures.Run run = fixtures().run(CommitteeFixture.RUN_1);
        List<Municipality> all = register.all();
        for (int i = 0; i < all.size(); i++) {
            String ags = all.get(i).ags();
            Map<String, UnaryOperator<StructureAnswer>> changes = new HashMap<>();
            changes.put("GES", null);
            changes.put("SPR", offers(i % 4 == 0 ? 0 : 2));
            if (i < 15) {
                changes.put("ARB", contactPerson(NEIN));
            }
            if (i < 20) {
                changes.put("WOH", a -> new StructureAnswer(a.topicCode(), a.contactPerson(), a.network(),
                        a.offers(), Boolean.TRUE, null, a.sourceRow()));
            }
            run.file("2025/" + ags + ".xlsx", List.of(), structures(ags, 2025, answers(JA, 2, changes), null),
                    personal(ags, 2025, List.of(position(IM, "0.5", true, Set.of(LAND_IM), ags)), null));
        }
        run.settle();
        Path report = reportWriter.write(reports, figures.reportYear(2025), CommitteeFixture.RUN_1);
        DraftReading draft = DraftReading.of(writer.write(reports, figures.reportYear(2025), CommitteeFixture.RUN_1).file());

        try (ReportCells cells = ReportCells.open(report)) {
            assertThat(cells.statuses()).containsEntry("vollständig", 39);
            assertThat(draft.section(2)).isEqualTo("Bis zum 10.01.2026 haben alle " + cells.municipalities()
                    + " Gemeinden für 2025 vollständig zurückgemeldet. Keine davon enthält Warnungen.");
            Map<String, ReportCells.Topic> topics = byCode(cells.topics());
            assertThat(topics.get("GES").shown("Abdeckung")).isEqualTo("x");
            assertThat(topics.get("GES").shown("Basis Abdeckung")).isEqualTo("0");
            assertThat(topics.get("GES").shown("Handlungsbedarf")).isEqualTo("x");
            assertThat(draft.section(3)).endsWith("Am besten abgedeckt sind 8 Kernthemen mit je "
                    + topics.get("BIL").shown("Abdeckung") + " der Gemeinden mit bekannter Angabe, am wenigsten das "
                    + "Kernthema „Arbeit und Ausbildung“ (ARB) mit " + topics.get("ARB").shown("Abdeckung") + " ("
                    + cells.coveredCount("ARB") + " von " + topics.get("ARB").shown("Basis Abdeckung") + "). Zum "
                    + "Kernthema „Gesundheit“ (GES) liegt keine bekannte Angabe vor; es zählt in keinem Anteil.\n"
                    + "Handlungsbedarf sehen die Gemeinden am häufigsten beim Kernthema „Wohnen“ (WOH): "
                    + topics.get("WOH").shown("Handlungsbedarf") + " der Gemeinden mit bekannter Angabe ("
                    + cells.needCount("WOH") + " von " + topics.get("WOH").shown("Basis Handlungsbedarf") + "); bei 9 "
                    + "Kernthemen sieht keine Gemeinde mit bekannter Angabe Handlungsbedarf. Zum Handlungsbedarf beim "
                    + "Kernthema „Gesundheit“ (GES) liegt keine bekannte Angabe vor.\n"
                    + "Ein Vergleich mit dem Vorjahr ist nicht möglich: Für 2024 liegen keine gültigen Rückmeldungen "
                    + "vor.");
            assertThat(List.of(topics.get("ARB").shown("Abdeckung"), cells.coveredCount("ARB"),
                    topics.get("WOH").shown("Handlungsbedarf"), cells.needCount("WOH")))
                    .containsExactly("61,5 %", "24", "51,3 %", "20");
            assertThat(draft.section(4)).startsWith("Für 2025 meldeten die Gemeinden "
                    + cells.staffTotal("VZÄ gesamt") + " VZÄ (Vollzeitäquivalente)");
            assertThat(cells.staffTotal("VZÄ gesamt")).isEqualTo("19,50");
        }
    }

    @Test
    void holdsNoContactDataNoEmailAddressAndNoPlaceholderAnywhere() throws IOException {
        CommitteeFixture.load(fixtures());
        DraftReading draft = DraftReading.of(writer.write(reports, figures.reportYear(2025), CommitteeFixture.DATA_AS_OF).file());

        for (Map.Entry<String, String> part : draft.parts().entrySet()) {
            for (String personal : CommitteeFixture.PERSONAL_DATA) {
                assertThat(part.getValue()).as(part.getKey()).doesNotContain(personal);
            }
            assertThat(EMAIL.matcher(part.getValue()).find()).as("e-mail address in %s", part.getKey()).isFalse();
            assertThat(part.getValue()).as(part.getKey()).doesNotContain("{{", "}}");
        }
        assertThat(draft.allText()).doesNotContain("Telefon", "Tel.", "E-Mail", "@");
        assertThat(draft.parts().get("docProps/core.xml"))
                .contains("<dc:creator>Landratsamt Ravensburg – Amt für Migration und Integration</dc:creator>");
    }

    @Test
    void withoutSampleDataTheMarkAndItsParagraphsAreGone() throws IOException {
        CommitteeFixture.load(fixtures());
        InformationPaperWriter real = new InformationPaperWriter(figures, district, messages, clock,
                new ReportProperties(false), new DraftProperties(""), resources);

        DraftReading draft = DraftReading.of(real.write(reports, figures.reportYear(2025), CommitteeFixture.DATA_AS_OF).file());

        assertThat(draft.allText()).doesNotContain("Beispieldaten", "fiktiv");
        assertThat(draft.paragraphs()).startsWith("Mitteilungsvorlage", "Vorlagen-Nr.: ________");
        assertThat(draft.headers()).doesNotContain("");
    }

    private static Map<String, ReportCells.Topic> byCode(List<ReportCells.Topic> topics) {
        Map<String, ReportCells.Topic> byCode = new HashMap<>();
        topics.forEach(topic -> byCode.put(topic.code(), topic));
        return byCode;
    }
}
