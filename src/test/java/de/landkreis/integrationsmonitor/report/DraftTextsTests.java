package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.TestMessages;
import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.reference.ExpectedStructure;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The draft's sentences in every case the committee may meet — one, none, all, no previous year, a topic new this
 * year, a topic nobody answered, no staff — on figures made up here, so each case is exactly the one named.
 */
class DraftTextsTests {

    private static final Instant DATA_AS_OF = Instant.parse("2026-02-01T08:30:00Z");
    private static final District DISTRICT = new District("Landkreis Ravensburg",
            "Landratsamt Ravensburg – Amt für Migration und Integration");
    private static final CoreTopic SPR = topic("SPR", "Sprache", null);
    private static final CoreTopic WOH = topic("WOH", "Wohnen", null);
    private static final CoreTopic GES = topic("GES", "Gesundheit", null);
    private static final CoreTopic NEU = topic("NEU", "Neues Thema", 2025);
    private static final CoreTopic ALT = topic("ALT", "Altes Thema", null);

    private static final String INCOMPLETE = " (nur einer der beiden Abschnitte Strukturen und Personal liegt vor)";
    private static final String FAULTY = " (die zuletzt eingegangene Fassung eines Abschnitts enthält Fehler)";

    private final DraftTexts texts = new DraftTexts(new ReportTexts(TestMessages.german(), ZoneId.of("Europe/Berlin")));

    @Test
    void returnsSpeakOfOneNoneAndAllNaturally() {
        assertThat(returns(row(ReturnStatus.VOLLSTAENDIG, 1), row(ReturnStatus.UNVOLLSTAENDIG, 0),
                row(ReturnStatus.FEHLERHAFT, 0), row(ReturnStatus.FEHLT, 0)))
                .isEqualTo("Bis zum 01.02.2026 hat eine der 4 Gemeinden für 2025 vollständig zurückgemeldet. Ihre "
                        + "Rückmeldung enthält Warnungen, also Hinweise auf mögliche Unstimmigkeiten; ihre Angaben "
                        + "zählen trotzdem. Unvollständig ist die Rückmeldung einer Gemeinde" + INCOMPLETE
                        + ", fehlerhaft ist die Rückmeldung einer Gemeinde" + FAULTY
                        + " und von einer Gemeinde fehlt die Rückmeldung noch.");
        assertThat(returns(row(ReturnStatus.UNVOLLSTAENDIG, 0), row(ReturnStatus.FEHLERHAFT, 0),
                row(ReturnStatus.FEHLERHAFT, 0), row(ReturnStatus.FEHLT, 0)))
                .isEqualTo("Bis zum 01.02.2026 hat keine der 4 Gemeinden für 2025 vollständig zurückgemeldet. "
                        + "Unvollständig ist die Rückmeldung einer Gemeinde" + INCOMPLETE + ", fehlerhaft sind die "
                        + "Rückmeldungen von 2 Gemeinden" + FAULTY + " und von einer Gemeinde fehlt die Rückmeldung "
                        + "noch.");
        assertThat(returns(row(ReturnStatus.VOLLSTAENDIG, 0), row(ReturnStatus.VOLLSTAENDIG, 2),
                row(ReturnStatus.FEHLT, 0), row(ReturnStatus.FEHLT, 0)))
                .isEqualTo("Bis zum 01.02.2026 haben 2 von 4 Gemeinden für 2025 vollständig zurückgemeldet. Eine "
                        + "davon enthält Warnungen, also Hinweise auf mögliche Unstimmigkeiten; ihre Angaben zählen "
                        + "trotzdem. Von 2 Gemeinden fehlt die Rückmeldung noch.");
        assertThat(returns(row(ReturnStatus.VOLLSTAENDIG, 0), row(ReturnStatus.VOLLSTAENDIG, 0),
                row(ReturnStatus.VOLLSTAENDIG, 0)))
                .isEqualTo("Bis zum 01.02.2026 haben alle 3 Gemeinden für 2025 vollständig zurückgemeldet. Keine "
                        + "davon enthält Warnungen.");
        assertThat(returns(row(ReturnStatus.VOLLSTAENDIG, 1), row(ReturnStatus.VOLLSTAENDIG, 3)))
                .isEqualTo("Bis zum 01.02.2026 haben alle 2 Gemeinden für 2025 vollständig zurückgemeldet. Alle "
                        + "enthalten Warnungen, also Hinweise auf mögliche Unstimmigkeiten; ihre Angaben zählen "
                        + "trotzdem.");
        assertThat(returns(row(ReturnStatus.FEHLT, 0), row(ReturnStatus.FEHLT, 0)))
                .isEqualTo("Bis zum 01.02.2026 ist von keiner der 2 Gemeinden eine Rückmeldung für 2025 eingegangen.");
    }

    @Test
    void aTopicNewThisYearIsNamedAndHasNoPreviousValueAndAnEndedOneIsNamedToo() {
        YearFigures now = new Figures(2025, SPR, WOH, NEU)
                .add(covered(SPR, WOH, NEU)).add(covered(WOH)).build();
        YearFigures before = new Figures(2024, SPR, WOH, ALT)
                .add(covered(SPR, ALT)).add(covered(SPR)).build();

        Map<DraftPlaceholder, String> draft = texts.of(subject(now, Optional.of(before), List.of(SPR, WOH, ALT)));

        assertThat(draft.get(DraftPlaceholder.KERNTHEMEN)).isEqualTo("Für 2025 gelten 3 Kernthemen: Sprache (SPR), "
                + "Wohnen (WOH) und Neues Thema (NEU). Neu hinzugekommen ist 2025 das Kernthema „Neues Thema“ (NEU). "
                + "Seit 2025 nicht mehr zu den Kernthemen gehört „Altes Thema“ (ALT).");
        assertThat(draft.get(DraftPlaceholder.VORJAHR)).isEqualTo("Gegenüber 2024 hat die Abdeckung beim Kernthema "
                + "„Wohnen“ (WOH) am stärksten zugenommen, um 100,0 Prozentpunkte, und beim Kernthema „Sprache“ (SPR) "
                + "am stärksten abgenommen, um 50,0 Prozentpunkte. Der Handlungsbedarf lässt sich bei keinem "
                + "Kernthema mit 2024 vergleichen, weil in einem der beiden Jahre keine bekannte Angabe vorliegt. "
                + "Das Kernthema „Neues Thema“ (NEU) gilt erst seit 2025 und hat daher keinen Vorjahreswert.");
    }

    @Test
    void withoutPreviousYearNothingIsCompared() {
        YearFigures now = new Figures(2025, SPR, WOH).add(covered(SPR)).staffed(staffing(1.0, 0, 0, 1.0, 1.0))
                .build();

        Map<DraftPlaceholder, String> draft = texts.of(subject(now, Optional.empty(), List.of(SPR, WOH)));

        assertThat(draft.get(DraftPlaceholder.VORJAHR)).isEqualTo("Ein Vergleich mit dem Vorjahr ist nicht möglich: "
                + "Für 2024 liegen keine gültigen Rückmeldungen vor.");
        assertThat(draft.get(DraftPlaceholder.PERSONAL)).doesNotContain("Gegenüber", "Vorjahr");
        assertThat(draft.get(DraftPlaceholder.SICHERUNG)).doesNotContain("Ein Jahr zuvor", "Vorjahr");
        assertThat(draft.get(DraftPlaceholder.KERNTHEMEN)).doesNotContain("Neu hinzugekommen");
    }

    @Test
    void aTopicWithoutKnownAnswerIsNamedAndLeftOutOfTheRanking() {
        Map<String, NeedForAction> needs = Map.of("SPR", NeedForAction.JA, "WOH", NeedForAction.NEIN);
        YearFigures now = new Figures(2025, SPR, WOH, GES)
                .add(covered(SPR, WOH), needs).add(Map.of("SPR", Coverage.COVERED, "WOH", Coverage.NOT_COVERED), needs)
                .add(Map.of("SPR", Coverage.NOT_COVERED,
                        "WOH", Coverage.NOT_COVERED), Map.of("SPR", NeedForAction.NEIN, "WOH", NeedForAction.NEIN))
                .build();

        Map<DraftPlaceholder, String> draft = texts.of(subject(now, Optional.empty(), List.of(SPR, WOH, GES)));

        assertThat(draft.get(DraftPlaceholder.ABDECKUNG)).isEqualTo("Am besten abgedeckt ist das Kernthema "
                + "„Sprache“ (SPR) mit 66,7 % der Gemeinden mit bekannter Angabe (2 von 3), am wenigsten das "
                + "Kernthema „Wohnen“ (WOH) mit 33,3 % (1 von 3). Zum Kernthema „Gesundheit“ (GES) liegt keine "
                + "bekannte Angabe vor; es zählt in keinem Anteil.");
        assertThat(draft.get(DraftPlaceholder.HANDLUNGSBEDARF)).isEqualTo("Handlungsbedarf sehen die Gemeinden am "
                + "häufigsten beim Kernthema „Sprache“ (SPR): 66,7 % der Gemeinden mit bekannter Angabe (2 von 3); "
                + "beim Kernthema „Wohnen“ (WOH) sieht keine Gemeinde mit bekannter Angabe Handlungsbedarf. Zum "
                + "Handlungsbedarf beim Kernthema „Gesundheit“ (GES) liegt keine bekannte Angabe vor.");
    }

    @Test
    void equalSharesAreNamedTogetherAndManyAreCounted() {
        Figures year = new Figures(2025, SPR, WOH, GES, NEU, ALT);
        year.add(covered(SPR, WOH, GES, NEU)).add(covered(SPR, WOH, GES, NEU, ALT));
        Map<DraftPlaceholder, String> many = texts.of(subject(year.build(), Optional.empty(), List.of()));
        assertThat(many.get(DraftPlaceholder.ABDECKUNG)).isEqualTo("Am besten abgedeckt sind 4 Kernthemen mit je "
                + "100,0 % der Gemeinden mit bekannter Angabe, am wenigsten das Kernthema „Altes Thema“ (ALT) mit "
                + "50,0 % (1 von 2).");

        YearFigures two = new Figures(2025, SPR, WOH, GES).add(covered(SPR, WOH)).add(covered(SPR, WOH, GES))
                .build();
        assertThat(texts.of(subject(two, Optional.empty(), List.of())).get(DraftPlaceholder.ABDECKUNG))
                .isEqualTo("Am besten abgedeckt sind die Kernthemen „Sprache“ (SPR) und „Wohnen“ (WOH) mit je "
                        + "100,0 % der Gemeinden mit bekannter Angabe, am wenigsten das Kernthema „Gesundheit“ (GES) "
                        + "mit 50,0 % (1 von 2).");

        YearFigures all = new Figures(2025, SPR, WOH).add(covered(SPR, WOH)).build();
        Map<DraftPlaceholder, String> equal = texts.of(subject(all, Optional.empty(), List.of()));
        assertThat(equal.get(DraftPlaceholder.ABDECKUNG)).isEqualTo("Alle Kernthemen mit bekannter Angabe sind "
                + "gleich häufig abgedeckt, bei je 100,0 % der Gemeinden.");
        assertThat(equal.get(DraftPlaceholder.HANDLUNGSBEDARF)).isEqualTo("Zum Handlungsbedarf liegt für 2025 keine "
                + "bekannte Angabe vor.");

        YearFigures one = new Figures(2025, SPR, WOH).add(Map.of("SPR", Coverage.PLANNED),
                Map.of("SPR", NeedForAction.JA)).build();
        Map<DraftPlaceholder, String> single = texts.of(subject(one, Optional.empty(), List.of()));
        assertThat(single.get(DraftPlaceholder.ABDECKUNG)).isEqualTo("Das Kernthema „Sprache“ (SPR) ist bei 0,0 % "
                + "der Gemeinden mit bekannter Angabe abgedeckt (0 von 1). Zum Kernthema „Wohnen“ (WOH) liegt keine "
                + "bekannte Angabe vor; es zählt in keinem Anteil.");
        assertThat(single.get(DraftPlaceholder.HANDLUNGSBEDARF)).startsWith("Handlungsbedarf beim Kernthema "
                + "„Sprache“ (SPR) sehen 100,0 % der Gemeinden mit bekannter Angabe (1 von 1).");
    }

    @Test
    void staffInWordsWhenUnknownNoneOneFunctionAndWithoutFunding() {
        YearFigures unknown = new Figures(2025, SPR).add(covered(SPR)).build();
        Map<DraftPlaceholder, String> none = texts.of(subject(unknown, Optional.empty(), List.of()));
        assertThat(none.get(DraftPlaceholder.PERSONAL)).isEqualTo("Zum Personal liegen für 2025 keine Angaben vor.");
        assertThat(none.get(DraftPlaceholder.SICHERUNG)).isEqualTo("Keine Stellen gemeldet.");

        YearFigures zero = new Figures(2025, SPR).staffed(staffing(0, 0, 0, 0, 0)).build();
        assertThat(texts.of(subject(zero, Optional.empty(), List.of())).get(DraftPlaceholder.PERSONAL))
                .isEqualTo("Für 2025 haben die Gemeinden keine Stellen für die Integrationsarbeit gemeldet.");

        YearFigures unfunded = new Figures(2025, SPR).staffed(staffing(1.5, 0, 0, 0, 0)).build();
        assertThat(texts.of(subject(unfunded, Optional.empty(), List.of())).get(DraftPlaceholder.PERSONAL))
                .isEqualTo("Für 2025 meldeten die Gemeinden 1,50 VZÄ (Vollzeitäquivalente) für die "
                        + "Integrationsarbeit, alle besetzt. Sie entfallen ganz auf die Funktion "
                        + "Integrationsmanagement (IM). Das sind 1,50 VZÄ je 10.000 Einwohner der Gemeinden mit "
                        + "bekannter Personalausstattung. Zur Finanzierung der Stellen liegen keine Angaben vor.");

        YearFigures before = new Figures(2024, SPR).staffed(staffing(1.5, 0, 0, 1.5, 1.5)).build();
        YearFigures same = new Figures(2025, SPR).staffed(staffing(1.5, 0.5, 0, 0.75, 1.5)).build();
        assertThat(texts.of(subject(same, Optional.of(before), List.of(SPR))).get(DraftPlaceholder.PERSONAL))
                .endsWith("davon 0,50 VZÄ unbesetzt. Sie entfallen ganz auf die Funktion Integrationsmanagement (IM). "
                        + "Das sind 1,50 VZÄ je 10.000 Einwohner der Gemeinden mit bekannter Personalausstattung. Von "
                        + "den VZÄ mit Angabe zur Finanzierung fördert das Land 50,0 %. Gegenüber 2024 (1,50 VZÄ) ist "
                        + "die Zahl der VZÄ gleich geblieben. Der Anteil der Landesförderung ist um 50,0 Prozentpunkte "
                        + "gesunken (Vorjahr 100,0 %).");
    }

    @Test
    void securingNamesTheHeadlineTheClassesAndTheLongVacancies() {
        FixedTerms.Sum terms = new FixedTerms.Sum();
        terms.add(FixedTermClass.ABGELAUFEN, PositionFunction.IM, List.of(FundingGroup.LAND_IM), 0.5);
        terms.add(FixedTermClass.BIS_12_MONATE, PositionFunction.IM, List.of(FundingGroup.LAND_IM), 1.0);
        terms.add(FixedTermClass.BIS_24_MONATE, PositionFunction.IM, List.of(FundingGroup.KOMMUNE), 0.25);
        terms.add(FixedTermClass.SPAETER, PositionFunction.IM, List.of(FundingGroup.KOMMUNE), 0.5);
        terms.add(FixedTermClass.UNBEFRISTET, PositionFunction.IM, List.of(FundingGroup.KOMMUNE), 1.0);
        Staffing staffing = new Staffing(Map.of(PositionFunction.IM, 3.25), 1.0, 0.5, 1.5, 3.25,
                terms.toFixedTerms());
        YearFigures before = new Figures(2024, SPR).staffed(staffing(2.0, 1.0, 1.0, 2.0, 2.0)).build();
        YearFigures now = new Figures(2025, SPR).staffed(staffing).build();

        assertThat(texts.of(subject(now, Optional.of(before), List.of(SPR))).get(DraftPlaceholder.SICHERUNG))
                .isEqualTo("1,75 VZÄ (53,8 % aller VZÄ) sind bereits abgelaufen oder enden innerhalb von 24 Monaten; "
                        + "davon 1,50 VZÄ aus Landesförderung. Im Einzelnen: 0,50 VZÄ sind bereits abgelaufen, "
                        + "1,00 VZÄ enden spätestens 12 Monate nach dem Stichtag 31.12.2025 und 0,25 VZÄ enden in 13 "
                        + "bis 24 Monaten. Für diese Stellen ist eine Entscheidung über die Fortführung nötig, sonst "
                        + "gehen bestehende Strukturen verloren. Unbefristet sind 1,00 VZÄ, später als 24 Monate nach "
                        + "dem Stichtag enden 0,50 VZÄ. Ein Jahr zuvor (2024) war keine Stelle abgelaufen und keine "
                        + "endete innerhalb von 24 Monaten. Länger als sechs Monate unbesetzt sind 0,50 VZÄ "
                        + "(Vorjahr 2024: 1,00 VZÄ).");
        assertThat(texts.of(subject(before, Optional.empty(), List.of(SPR))).get(DraftPlaceholder.SICHERUNG))
                .isEqualTo("0,00 VZÄ (0,0 % aller VZÄ) sind bereits abgelaufen oder enden innerhalb von 24 Monaten; "
                        + "davon 0,00 VZÄ aus Landesförderung. Alle 2,00 VZÄ sind unbefristet. Länger als sechs "
                        + "Monate unbesetzt sind 1,00 VZÄ.");
    }

    @Test
    void theSampleMarkOnlyWithSampleDataAndTheHeadFromTheDistrict() {
        YearFigures now = new Figures(2025, SPR).build();
        Map<DraftPlaceholder, String> sample = texts.of(new DraftTexts.Subject(now, Optional.empty(), List.of(),
                DISTRICT, DATA_AS_OF, true));
        Map<DraftPlaceholder, String> real = texts.of(new DraftTexts.Subject(now, Optional.empty(), List.of(),
                DISTRICT, DATA_AS_OF, false));

        assertThat(sample.get(DraftPlaceholder.KENNZEICHNUNG)).isEqualTo("Beispieldaten (fiktiv)");
        assertThat(real.get(DraftPlaceholder.KENNZEICHNUNG)).isEmpty();
        assertThat(real).containsEntry(DraftPlaceholder.JAHR, "2025").containsEntry(DraftPlaceholder.STICHTAG,
                        "31.12.2025").containsEntry(DraftPlaceholder.DATENSTAND, "01.02.2026, 09:30 Uhr")
                .containsEntry(DraftPlaceholder.AMT, DISTRICT.officeName())
                .containsEntry(DraftPlaceholder.LANDKREIS, "Landkreis Ravensburg")
                .containsOnlyKeys(DraftPlaceholder.values());
    }

    private String returns(MunicipalityFigures... rows) {
        Figures year = new Figures(2025, SPR);
        for (MunicipalityFigures row : rows) {
            year.rows.add(row);
        }
        return texts.of(subject(year.build(), Optional.empty(), List.of())).get(DraftPlaceholder.RUECKLAUF);
    }

    private static DraftTexts.Subject subject(YearFigures year, Optional<YearFigures> previous,
            List<CoreTopic> previousTopics) {
        return new DraftTexts.Subject(year, previous, previousTopics, DISTRICT, DATA_AS_OF, true);
    }

    private static CoreTopic topic(String code, String name, Integer validFrom) {
        return new CoreTopic(code, name, name, ExpectedStructure.ANSPRECHPERSON, validFrom, null);
    }

    private static Map<String, Coverage> covered(CoreTopic... topics) {
        Map<String, Coverage> coverage = new HashMap<>();
        for (CoreTopic topic : topics) {
            coverage.put(topic.code(), Coverage.COVERED);
        }
        return coverage;
    }

    /** Only FTE of IM, none ending. */
    private static Staffing staffing(double fte, double vacant, double longVacant, double land, double withFunding) {
        FixedTerms.Sum terms = new FixedTerms.Sum();
        terms.add(FixedTermClass.UNBEFRISTET, PositionFunction.IM, List.of(FundingGroup.LAND_IM), fte);
        return new Staffing(Map.of(PositionFunction.IM, fte), vacant, longVacant, land, withFunding,
                terms.toFixedTerms());
    }

    private static MunicipalityFigures row(ReturnStatus status, int warnings) {
        return new MunicipalityFigures(municipality(0), status, Optional.empty(), warnings, false, false, Map.of(),
                Map.of(), Map.of(), Optional.empty());
    }

    private static Municipality municipality(int index) {
        return new Municipality(String.format("084360%02d", index), "Gemeinde " + index, "Gemeinde", 10_000,
                LocalDate.of(2024, 12, 31), null);
    }

    /** A Berichtsjahr built row by row; a topic a row leaves out of its maps is unknown there. */
    private static final class Figures {

        private final int year;
        private final List<CoreTopic> topics;
        private final List<MunicipalityFigures> rows = new ArrayList<>();
        private Staffing district;

        Figures(int year, CoreTopic... topics) {
            this.year = year;
            this.topics = List.of(topics);
        }

        Figures add(Map<String, Coverage> coverage) {
            Map<String, Coverage> all = new HashMap<>();
            topics.forEach(t -> all.put(t.code(), coverage.getOrDefault(t.code(), Coverage.NOT_COVERED)));
            return add(all, Map.of());
        }

        Figures add(Map<String, Coverage> coverage, Map<String, NeedForAction> need) {
            rows.add(new MunicipalityFigures(municipality(rows.size() + 1), ReturnStatus.VOLLSTAENDIG,
                    Optional.of(DATA_AS_OF), 0, true, district != null, coverage, need, Map.of(), Optional.empty()));
            return this;
        }

        /** The district's staffing, known for one municipality of 10,000 inhabitants. */
        Figures staffed(Staffing staffing) {
            this.district = staffing;
            rows.add(new MunicipalityFigures(municipality(rows.size() + 1), ReturnStatus.VOLLSTAENDIG,
                    Optional.of(DATA_AS_OF), 0, false, true, Map.of(), Map.of(), Map.of(), Optional.of(staffing)));
            return this;
        }

        YearFigures build() {
            Staffing none = new Staffing(Map.of(), 0, 0, 0, 0, new FixedTerms.Sum().toFixedTerms());
            return new YearFigures(year, topics, List.copyOf(rows), district == null ? none : district,
                    district == null ? 0 : 10_000);
        }
    }
}
