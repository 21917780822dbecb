package de.landkreis.integrationsmonitor.report;

import static de.landkreis.integrationsmonitor.reference.Answer.GEPLANT;
import static de.landkreis.integrationsmonitor.reference.Answer.JA;
import static de.landkreis.integrationsmonitor.reference.Answer.NEIN;
import static de.landkreis.integrationsmonitor.reference.Answer.VERBUND;
import static de.landkreis.integrationsmonitor.reference.FundingSource.BUND;
import static de.landkreis.integrationsmonitor.reference.FundingSource.KOMMUNE;
import static de.landkreis.integrationsmonitor.reference.FundingSource.LAND_IB;
import static de.landkreis.integrationsmonitor.reference.FundingSource.LAND_IM;
import static de.landkreis.integrationsmonitor.reference.PositionFunction.EK;
import static de.landkreis.integrationsmonitor.reference.PositionFunction.IB;
import static de.landkreis.integrationsmonitor.reference.PositionFunction.IM;
import static de.landkreis.integrationsmonitor.reference.PositionFunction.SO;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.answers;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.contactPerson;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.finding;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.network;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.none;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.offers;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.personal;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.position;
import static de.landkreis.integrationsmonitor.report.ReturnFixtures.structures;

import de.landkreis.integrationsmonitor.returns.Contact;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The returns behind the report tests, two Berichtsjahre, with the expectations computed by hand.
 *
 * <p>2024 (run of 01.02.2025): Altshausen and Ravensburg, both complete, every topic covered except SPR in
 * Ravensburg (0 offers); IM 1,0 each (Altshausen Land-IM, Ravensburg without funding).
 *
 * <p>2025, run 1 (10.01.2026): Altshausen complete (GES not answered, SPR 0 offers, BIL planned; IM 1,0 Land-IM,
 * IB 0,5 vacant Kommune/Land-IB, EK 0,8 shared with Boms and Ebenweiler without funding; warnings K02 on both
 * sections, S03, P04); Ravensburg complete (TEI offers empty; Personal IM 1,0 + IM 1,0 + SO 0,5 Bund with a P04);
 * Baindt Strukturen only (everything nein/0, EHR Verbund); Berg complete with Personal "keine"; a joint file with
 * macros (D05) for Bodnegg (S06, IB 0,5 Land-IB) and Grünkraut (everything nein/0, Personal "keine"); Aulendorf
 * sends a return whose Berichtsjahr cannot be read (K03).
 *
 * <p>2025, run 2 (01.02.2026): a correction of Ravensburg's Personal (IM 1,0 Land-IM, IM 0,5 Kommune) replaces the
 * first one; a correction of Altshausen's Personal is rejected (P02): figures keep the earlier one, status
 * fehlerhaft.
 */
final class CommitteeFixture {

    static final String ALTSHAUSEN = "08436005";
    static final String AULENDORF = "08436008";
    static final String BAINDT = "08436012";
    static final String BERG = "08436013";
    static final String BODNEGG = "08436018";
    static final String BOMS = "08436019";
    static final String EBENWEILER = "08436024";
    static final String GRUENKRAUT = "08436039";
    static final String RAVENSBURG = "08436064";

    static final Instant RUN_2024 = Instant.parse("2025-02-01T08:00:00Z");
    static final Instant RUN_1 = Instant.parse("2026-01-10T08:00:00Z");
    static final Instant RUN_2 = Instant.parse("2026-02-01T08:30:00Z");
    static final Instant DATA_AS_OF = RUN_2;

    /** Personal data in the returns: none of it may reach the committee report. */
    static final Contact ALTSHAUSEN_CONTACT = new Contact("Erika Mustermann", "erika.mustermann@altshausen.example",
            "07584 9200-12", LocalDate.of(2026, 1, 5));
    static final Contact ALTSHAUSEN_CORRECTION_CONTACT = new Contact("Max Beispiel",
            "max.beispiel@altshausen.example", "07584 9200-99", LocalDate.of(2026, 1, 28));
    static final Contact BAINDT_CONTACT = new Contact("Jana Probst", "j.probst@baindt.example", "0751 1234567",
            LocalDate.of(2026, 1, 4));
    static final Contact AULENDORF_CONTACT = new Contact("Otto Normal", "o.normal@aulendorf.example", "07525 1111",
            null);
    static final List<String> PERSONAL_DATA = List.of("Erika Mustermann", "erika.mustermann@altshausen.example",
            "07584 9200-12", "Max Beispiel", "max.beispiel@altshausen.example", "07584 9200-99", "Jana Probst",
            "j.probst@baindt.example", "0751 1234567", "Otto Normal", "o.normal@aulendorf.example", "07525 1111");

    private CommitteeFixture() {
    }

    static void load(ReturnFixtures fixtures) {
        fixtures.run(RUN_2024)
                .file("2024/altshausen.xlsx", List.of(),
                        structures(ALTSHAUSEN, 2024, answers(JA, 2, Map.of()), ALTSHAUSEN_CONTACT),
                        personal(ALTSHAUSEN, 2024, List.of(position(IM, "1.0", true, Set.of(LAND_IM), ALTSHAUSEN)),
                                ALTSHAUSEN_CONTACT))
                .file("2024/ravensburg.xlsx", List.of(),
                        structures(RAVENSBURG, 2024, answers(JA, 2, Map.of("SPR", offers(0))), null),
                        personal(RAVENSBURG, 2024, List.of(position(IM, "1.0", true, Set.of(), RAVENSBURG)), null))
                .settle();

        String altshausenFile = "2025/altshausen.xlsx";
        Finding k02 = finding(Rule.K02, ALTSHAUSEN, altshausenFile);
        Finding s03 = finding(Rule.S03, ALTSHAUSEN, altshausenFile);
        Finding p04 = finding(Rule.P04, ALTSHAUSEN, altshausenFile);
        Map<String, UnaryOperator<StructureAnswer>> altshausen = new HashMap<>();
        altshausen.put("GES", null);
        altshausen.put("SPR", offers(0));
        altshausen.put("BIL", contactPerson(GEPLANT));
        Finding ravensburgP04 = finding(Rule.P04, RAVENSBURG, "2025/ravensburg.xlsx");
        String jointFile = "2025/gvv_gullen.xlsm";
        Finding d05 = finding(Rule.D05, null, jointFile);
        Finding s06 = finding(Rule.S06, BODNEGG, jointFile);
        Finding k03 = finding(Rule.K03, AULENDORF, "2025/aulendorf.xlsx");
        fixtures.run(RUN_1)
                .file(altshausenFile, List.of(k02, s03, p04),
                        structures(ALTSHAUSEN, 2025, answers(JA, 2, altshausen), ALTSHAUSEN_CONTACT, k02, s03),
                        personal(ALTSHAUSEN, 2025, List.of(
                                position(IM, "1.0", true, Set.of(LAND_IM), ALTSHAUSEN),
                                position(IB, "0.5", false, Set.of(KOMMUNE, LAND_IB), ALTSHAUSEN),
                                position(EK, "0.8", true, Set.of(), ALTSHAUSEN, BOMS, EBENWEILER)),
                                ALTSHAUSEN_CONTACT, k02, p04))
                .file("2025/ravensburg.xlsx", List.of(ravensburgP04),
                        structures(RAVENSBURG, 2025, answers(JA, 2, Map.of("TEI", offers(null))), null),
                        personal(RAVENSBURG, 2025, List.of(
                                position(IM, "1.0", true, Set.of(LAND_IM), RAVENSBURG),
                                position(IM, "1.0", true, Set.of(LAND_IM), RAVENSBURG),
                                position(SO, "0.5", true, Set.of(BUND), RAVENSBURG)), null, ravensburgP04))
                .file("2025/baindt.csv", List.of(),
                        structures(BAINDT, 2025, answers(NEIN, 0, Map.of("EHR", network(VERBUND))), BAINDT_CONTACT))
                .file("2025/berg.xlsx", List.of(),
                        structures(BERG, 2025, answers(JA, 2, Map.of()), null),
                        personal(BERG, 2025, List.of(none(BERG)), null))
                .file(jointFile, List.of(d05, s06),
                        structures(BODNEGG, 2025, answers(JA, 2, Map.of("SPR",
                                a -> new StructureAnswer("SPR", NEIN, NEIN, 3, null, null, a.sourceRow()))), null,
                                d05, s06),
                        personal(BODNEGG, 2025, List.of(position(IB, "0.5", true, Set.of(LAND_IB), BODNEGG)), null,
                                d05),
                        structures(GRUENKRAUT, 2025, answers(NEIN, 0, Map.of()), null, d05),
                        personal(GRUENKRAUT, 2025, List.of(none(GRUENKRAUT)), null, d05))
                .file("2025/aulendorf.xlsx", List.of(k03),
                        structures(AULENDORF, null, answers(JA, 1, Map.of()), AULENDORF_CONTACT, k03))
                .settle();

        Finding p02 = finding(Rule.P02, ALTSHAUSEN, "2025/altshausen_korrektur.xlsx");
        fixtures.run(RUN_2)
                .file("2025/ravensburg_korrektur.xlsx", List.of(),
                        personal(RAVENSBURG, 2025, List.of(
                                position(IM, "1.0", true, Set.of(LAND_IM), RAVENSBURG),
                                position(IM, "0.5", true, Set.of(KOMMUNE), RAVENSBURG)), null))
                .file("2025/altshausen_korrektur.xlsx", List.of(p02),
                        personal(ALTSHAUSEN, 2025, List.of(position(IM, "1.0", true, Set.of(LAND_IM), ALTSHAUSEN)),
                                ALTSHAUSEN_CORRECTION_CONTACT, p02))
                .settle();
    }
}
