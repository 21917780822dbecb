package de.landkreis.integrationsmonitor.samples;

import de.landkreis.integrationsmonitor.TestInbox;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import de.landkreis.integrationsmonitor.samples.SampleFileWriter.CsvDialect;
import de.landkreis.integrationsmonitor.samples.SampleFileWriter.WorkbookLayout;
import de.landkreis.integrationsmonitor.samples.SampleInputManifest.SampleFile;
import de.landkreis.integrationsmonitor.samples.SampleInputManifest.SpecialCase;
import de.landkreis.integrationsmonitor.samples.SampleReturn.Row;
import de.landkreis.integrationsmonitor.samples.SampleReturn.Section;

/**
 * Writes the committed, fictitious sample inbox {@code input/}: returns of the 39 municipalities of the register for
 * Berichtsjahr 2024 and 2025 in the mix of formats and special cases RETURNS.md describes. Deterministic: a fixed
 * seed per municipality, no clock; the returned {@link SampleInputManifest} lists every file and expected finding.
 */
public final class SampleInputGenerator {

    static final long SEED = 20_250_101L;

    static final String ACHBERG = "08436001";
    static final String AITRACH = "08436004";
    static final String ALTSHAUSEN = "08436005";
    static final String AMTZELL = "08436006";
    static final String AULENDORF = "08436008";
    static final String BAD_WALDSEE = "08436009";
    static final String BAD_WURZACH = "08436010";
    static final String BAIENFURT = "08436011";
    static final String BERGATREUTE = "08436014";
    static final String HOSSKIRCH = "08436047";
    static final String ISNY = "08436049";
    static final String KISSLEGG = "08436052";
    static final String LEUTKIRCH = "08436055";
    static final String RAVENSBURG = "08436064";
    static final String SCHLIER = "08436069";
    static final String WALDBURG = "08436079";
    static final String VOGT = "08436078";
    static final String WANGEN = "08436081";
    static final String WEINGARTEN = "08436082";
    static final String WILHELMSDORF = "08436083";
    static final String WOLFEGG = "08436085";
    static final String EBERSBACH_MUSBACH = "08436093";
    static final String ARGENBUEHL = "08436094";
    static final String HORGENZELL = "08436095";
    static final String JOINT_UNION = "GVV Altshausen";
    static final List<String> MISSING_2025 = List.of(ACHBERG, BERGATREUTE, WALDBURG, WOLFEGG);

    private static final String[] FIRST_NAMES = {"Erika", "Max", "Anna", "Jonas", "Sabine", "Thomas", "Julia",
        "Markus", "Petra", "Stefan", "Laura", "Michael", "Claudia"};
    private static final String[] LAST_NAMES = {"Beispiel", "Mustermann", "Musterfrau", "Probe", "Muster",
        "Platzhalter"};
    private static final String[] STRUCTURE_REMARKS = {"Sprachcafé im Gemeindehaus", "in Kooperation mit der VHS",
        "Helferkreis trifft sich monatlich", "Ansprechperson im Bürgerbüro", "Runder Tisch zweimal jährlich",
        "Angebot der Kirchengemeinden", "über das Landratsamt abgedeckt", "Bedarf wird 2026 erhoben"};

    /** A row of the register {@code municipalities.csv}. */
    record Municipality(int index, String ags, String name, String type, int population, String adminUnion) {
    }

    /** A row of {@code core-topics.csv}. */
    record Topic(String code, String name) {
    }

    /** A structure answer with the canonical codes of §4 (JA, NEIN, GEPLANT, VERBUND). */
    private static final class Answer {
        String contact;
        String network;
        Integer offers;
        boolean need;
        String remark;

        Answer copy() {
            Answer a = new Answer();
            a.contact = contact;
            a.network = network;
            a.offers = offers;
            a.need = need;
            a.remark = remark;
            return a;
        }
    }

    /** A position with canonical function code; spelled per municipality when it becomes a row. */
    private static final class Position {
        String function;
        double fte;
        boolean occupied = true;
        LocalDate vacantSince;
        LocalDate limitedTo;
        String employer;
        String funding;
        String served;
        String remark;

        Position copy() {
            Position p = new Position();
            p.function = function;
            p.fte = fte;
            p.occupied = occupied;
            p.vacantSince = vacantSince;
            p.limitedTo = limitedTo;
            p.employer = employer;
            p.funding = funding;
            p.served = served;
            p.remark = remark;
            return p;
        }
    }

    private final Path dir;
    private final List<Municipality> register;
    private final List<Topic> topics;
    private final SampleInputManifest manifest = new SampleInputManifest();
    /** Relative path → content; written in path order so modification times follow it. */
    private final Map<String, byte[]> output = new TreeMap<>();
    private String kisslegPercent;

    private SampleInputGenerator(Path dir) {
        this.dir = dir;
        this.register = loadRegister();
        this.topics = loadTopics();
    }

    /** Writes the sample files into {@code dir} (created if missing) and returns what was written. */
    public static SampleInputManifest write(Path dir) throws IOException {
        return new SampleInputGenerator(dir).run();
    }

    /** {@code args[0]}: target folder (default {@code input}); {@code args[1]}, optional: the markdown manifest. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "input");
        SampleInputManifest manifest = write(target);
        if (args.length > 1) {
            Path md = Path.of(args[1]);
            if (md.getParent() != null) {
                Files.createDirectories(md.getParent());
            }
            Files.writeString(md, manifest.toMarkdown(), StandardCharsets.UTF_8);
        }
        System.out.println("Beispieldaten geschrieben nach " + target.toAbsolutePath() + ": " + manifest);
    }

    // ------------------------------------------------------------------------------------------------ plan

    private SampleInputManifest run() throws IOException {
        Map<String, SampleReturn> returns2024 = new LinkedHashMap<>();
        Map<String, SampleReturn> returns2025 = new LinkedHashMap<>();
        Map<String, List<Position>> positions2025 = new LinkedHashMap<>();
        for (Municipality m : register) {
            Random rnd = new Random(SEED * 31 + Long.parseLong(m.ags()));
            List<Answer> answers24 = answers(m, rnd);
            List<Answer> answers25 = evolve(answers24, rnd);
            List<Position> pos24 = positions(m, 2024, rnd);
            List<Position> pos25 = evolvePositions(m, pos24, rnd);
            returns2024.put(m.ags(), build(m, 2024, answers24, pos24));
            returns2025.put(m.ags(), build(m, 2025, answers25, pos25));
            positions2025.put(m.ags(), pos25);
        }
        applySpecialCases(returns2024, returns2025);

        for (Municipality m : register) {
            writeStandard(m, returns2024.get(m.ags()));
            manifest.putStatus(m.ags(), 2024, "vollständig");
        }
        List<SampleReturn> joint = new ArrayList<>();
        for (Municipality m : register) {
            SampleReturn r = returns2025.get(m.ags());
            if (MISSING_2025.contains(m.ags())) {
                manifest.putStatus(m.ags(), 2025, "fehlt");
            } else if (m.ags().equals(AITRACH)) {
                writeCsv(List.of(r), Section.STRUKTUREN, CsvDialect.UTF8_SEMICOLON, "2025", "angenommen",
                        "nur Strukturen gesendet");
                manifest.putStatus(m.ags(), 2025, "unvollständig");
            } else if (JOINT_UNION.equals(m.adminUnion())) {
                joint.add(r);
                manifest.putStatus(m.ags(), 2025, m.ags().equals(EBERSBACH_MUSBACH) ? "fehlerhaft" : "vollständig");
            } else {
                writeStandard(m, r);
                boolean rejected = m.ags().equals(BAIENFURT) || m.ags().equals(SCHLIER);
                manifest.putStatus(m.ags(), 2025, rejected ? "fehlerhaft" : "vollständig");
            }
        }
        writeJoint(joint);
        writeCorrection(returns2025.get(WEINGARTEN), positions2025.get(WEINGARTEN),
                register.stream().filter(m -> m.ags().equals(WEINGARTEN)).findFirst().orElseThrow(),
                returns2024.get(WEINGARTEN));
        describeSpecialCases();
        flush();
        return manifest;
    }

    private void writeStandard(Municipality m, SampleReturn r) {
        int year = r.year;
        String base = year + "/Rueckmeldung_" + year + "_" + m.ags() + "_" + ascii(m.name());
        switch (m.ags()) {
            case KISSLEGG -> writePair(r, CsvDialect.EXCEL_DE, base);
            case BAD_WALDSEE -> writePair(r, CsvDialect.UTF8_BOM_COMMA, base);
            case WILHELMSDORF -> writePair(r, CsvDialect.UTF16_TAB, base);
            case SCHLIER -> {
                if (year == 2025) {
                    writePair(r, CsvDialect.UTF8_SEMICOLON, base);
                } else {
                    writeWorkbook(m, r, base);
                }
            }
            default -> writeWorkbook(m, r, base);
        }
    }

    private void writePair(SampleReturn r, CsvDialect dialect, String base) {
        for (Section s : Section.values()) {
            String path = base + "_" + s.label + ".csv";
            String outcome = outcomeOf(r, s);
            byte[] bytes = SampleFileWriter.csv(List.of(r), s, dialect, path, manifest::addFinding);
            put(path, bytes, new SampleFile(path, dialect.name(), r.year, List.of(r.ags), List.of(s.label), outcome,
                    noteOf(r)));
        }
    }

    private void writeCsv(List<SampleReturn> rs, Section s, CsvDialect dialect, String folder, String outcome,
            String note) {
        SampleReturn r = rs.get(0);
        String path = folder + "/Rueckmeldung_" + r.year + "_" + r.ags + "_" + ascii(r.name) + "_" + s.label + ".csv";
        byte[] bytes = SampleFileWriter.csv(rs, s, dialect, path, manifest::addFinding);
        put(path, bytes, new SampleFile(path, dialect.name(), r.year, List.of(r.ags), List.of(s.label), outcome,
                note));
    }

    private void writeWorkbook(Municipality m, SampleReturn r, String base) {
        WorkbookLayout layout = WorkbookLayout.standard()
                .withTitle(m.index() % 3 == 0)
                .withStichtagAsText(m.index() % 7 == 3)
                .withHiddenLists(m.index() % 4 == 1);
        String note = null;
        if (m.ags().equals(RAVENSBURG)) {
            layout = layout.withSheets("Angaben", "Strukturen " + r.year, "Personal " + r.year);
            note = "Blätter umbenannt";
        } else if (m.ags().equals(BAD_WURZACH) && r.year == 2025) {
            layout = layout.withSheets("Angaben", "Kernthemen", "Stellen");
            note = "Blätter umbenannt";
        } else if (m.ags().equals(WEINGARTEN) && r.year == 2024) {
            layout = layout.withSheets("Deckblatt", "Tabelle2", "Tabelle3");
            note = "Blätter umbenannt, auch Angaben";
        } else if (m.ags().equals(AMTZELL) && r.year == 2025) {
            layout = layout.withFteAsText(true);
            note = "VZÄ als Text `0,5`";
        }
        if (layout.titleAboveHeader()) {
            note = join(note, "Kopfzeile in Zeile 3 unter Titel");
        }
        if (r.stichtag == null) {
            note = join(note, "ohne Stichtag (gilt 31.12.)");
        } else if (layout.stichtagAsText()) {
            note = join(note, "Stichtag als Text");
        }
        if (layout.hiddenListsSheet()) {
            note = join(note, "verstecktes Blatt Listen");
        }
        note = join(note, noteOf(r));
        boolean xls = m.ags().equals(ARGENBUEHL) && r.year == 2025;
        if (xls) {
            layout = layout.asXls();
        }
        String path = base + (xls ? ".xls" : ".xlsx");
        byte[] bytes = SampleFileWriter.workbook(r, layout, path, manifest::addFinding);
        String outcome = m.ags().equals(BAIENFURT) && r.year == 2025
                ? "teilweise: Strukturen angenommen, Personal abgelehnt (P01)"
                : outcomeOf(r, null);
        put(path, bytes, new SampleFile(path, xls ? "xls (HSSF)" : "xlsx", r.year, List.of(r.ags),
                List.of("Angaben", "Strukturen", "Personal"), outcome, note));
    }

    private void writeJoint(List<SampleReturn> members) {
        String base = "2025/Rueckmeldung_2025_GVV_Altshausen_";
        List<String> ags = members.stream().map(r -> r.ags).toList();
        String s = base + "Strukturen.csv";
        put(s, SampleFileWriter.csv(members, Section.STRUKTUREN, CsvDialect.EXCEL_DE, s, manifest::addFinding),
                new SampleFile(s, CsvDialect.EXCEL_DE.name(), 2025, ags, List.of("Strukturen"), "angenommen",
                        "gemeinsame Datei des GVV Altshausen, 11 Gemeinden; `Hosskirch`"));
        String p = base + "Personal.csv";
        put(p, SampleFileWriter.csv(members, Section.PERSONAL, CsvDialect.EXCEL_DE, p, manifest::addFinding),
                new SampleFile(p, CsvDialect.EXCEL_DE.name(), 2025, ags, List.of("Personal"),
                        "teilweise: Ebersbach-Musbach abgelehnt (P02), 10 Gemeinden angenommen",
                        "gemeinsame Datei des GVV Altshausen; Bemerkung mit Zeilenumbruch (Altshausen)"));
    }

    private void writeCorrection(SampleReturn original, List<Position> positions, Municipality m,
            SampleReturn previous) {
        SampleReturn corrected = new SampleReturn(original.ags, original.name, 2025);
        corrected.gemeindeText = original.gemeindeText;
        Position changed = positions.stream().filter(p -> p.fte <= 0.75 && p.served == null).findFirst()
                .orElseThrow();
        double before = changed.fte;
        for (Position p : positions) {
            Position q = p.copy();
            if (p == changed) {
                q.fte = round(p.fte + 0.25);
                q.remark = "korrigiert: Stundenaufstockung zum 01.10.2025";
            }
            corrected.personal.add(personalRow(m, q, 2025));
        }
        String path = "2025/korrekturen/Rueckmeldung_2025_" + m.ags() + "_" + ascii(m.name())
                + "_Personal_korrektur.csv";
        double old = total(previous);
        double now = total(corrected);
        check(m, old, now);
        corrected.personalHeaderMarks.add(new SampleReturn.Mark("K05", "HINWEIS", 0, null,
                "Korrektur: ersetzt Personal aus 2025/Rueckmeldung_2025_" + m.ags() + "_" + ascii(m.name())
                        + ".xlsx; VZÄ " + functionSpelling(m, changed.function) + " "
                        + SampleFileWriter.decimal(before, true) + " → "
                        + SampleFileWriter.decimal(round(before + 0.25), true)));
        byte[] bytes = SampleFileWriter.csv(List.of(corrected), Section.PERSONAL, CsvDialect.EXCEL_DE, path,
                manifest::addFinding);
        put(path, bytes, new SampleFile(path, CsvDialect.EXCEL_DE.name(), 2025, List.of(m.ags()),
                List.of("Personal"), "angenommen (K05), ersetzt das Personal der Arbeitsmappe",
                "VZÄ " + SampleFileWriter.decimal(before, true) + " → "
                        + SampleFileWriter.decimal(round(before + 0.25), true) + " in Zeile "
                        + (3 + positions.indexOf(changed)) + ", Spalte E"));
    }

    private String outcomeOf(SampleReturn r, Section s) {
        if (r.ags.equals(SCHLIER) && r.year == 2025 && s == Section.STRUKTUREN) {
            return "abgelehnt (S01)";
        }
        List<String> codes = new ArrayList<>();
        r.gemeindeMarks.forEach(mk -> codes.add(mk.code()));
        for (Section sec : Section.values()) {
            if (s == null || s == sec) {
                r.headerMarks(sec).forEach(mk -> codes.add(mk.code()));
                r.rows(sec).forEach(row -> row.marks().forEach(mk -> codes.add(mk.code())));
            }
        }
        return codes.isEmpty() ? "angenommen" : "angenommen mit " + String.join(", ", codes);
    }

    private static String noteOf(SampleReturn r) {
        String note = null;
        if (!r.gemeindeText.equals(r.name)) {
            note = "Gemeinde geschrieben `" + r.gemeindeText + "`";
        }
        if (!r.agsText.equals(r.ags)) {
            note = join(note, "AGS geschrieben `" + r.agsText + "`");
        }
        return note;
    }

    // ------------------------------------------------------------------------------------------------ special cases

    private void applySpecialCases(Map<String, SampleReturn> y24, Map<String, SampleReturn> y25) {
        Municipality kisslegg = municipality(KISSLEGG);
        for (Map<String, SampleReturn> year : List.of(y24, y25)) {
            year.get(KISSLEGG).gemeindeText = "Kisslegg";
            year.get(ISNY).gemeindeText = "Stadt Isny";
            year.get(BAD_WALDSEE).agsText = "8436009";
            year.get(WILHELMSDORF).agsText = "08 436 083";
            year.get(HOSSKIRCH).gemeindeText = "Hosskirch";
        }

        // S03: Kißlegg leaves the row of ANT out.
        SampleReturn k = y25.get(KISSLEGG);
        k.strukturen.removeIf(row -> "ANT".equals(row.cells()[0]));
        k.strukturenHeaderMarks.add(new SampleReturn.Mark("S03", "WARNUNG", 0, "ANT",
                "Zeile Antidiskriminierung und Zusammenleben fehlt"));
        Object[] first = k.personal.get(0).cells();
        kisslegPercent = Math.round((Double) first[SampleReturn.VZAE] * 100) + " %";
        first[SampleReturn.VZAE] = kisslegPercent;
        check(kisslegg, total(y24.get(KISSLEGG)), total(k));

        // S03: Bad Wurzach names IKO but answers nothing of Ansprechperson, Netzwerk, Angebote.
        SampleReturn w = y25.get(BAD_WURZACH);
        Row iko = topicRow(w, "IKO");
        iko.cells()[1] = null;
        iko.cells()[2] = null;
        iko.cells()[3] = null;
        iko.cells()[4] = "ja";
        iko.cells()[5] = "Angaben folgen";
        w.strukturenHeaderMarks.add(new SampleReturn.Mark("S03", "WARNUNG", 0, "IKO",
                "Zeile Interkulturelle Öffnung vorhanden, aber Ansprechperson, Netzwerk und Angebote leer"));

        // S06: Aulendorf reports offers for TEI with neither contact person nor network.
        Row tei = topicRow(y25.get(AULENDORF), "TEI");
        tei.cells()[1] = "nein";
        tei.cells()[2] = "nein";
        tei.cells()[3] = 3;
        tei.cells()[5] = "Angebote der Vereine, ohne Koordination durch die Stadt";
        tei.mark("S06", "WARNUNG", SampleReturn.ANGEBOTE, "3", "Angebote 3, Ansprechperson und Netzwerk nein");

        // P04: Leutkirch has a vacant position without Unbesetzt seit.
        SampleReturn l = y25.get(LEUTKIRCH);
        Row vacant = l.personal.get(l.personal.size() - 1);
        vacant.cells()[2] = "nein";
        vacant.cells()[3] = null;
        vacant.cells()[8] = "Stelle wird neu ausgeschrieben";
        vacant.mark("P04", "WARNUNG", SampleReturn.UNBESETZT_SEIT, null, "Besetzt = nein, Unbesetzt seit leer");

        // The committee's figures (RETURNS.md §6) at their edges, Ravensburg's Stichtag being 31.12.2025: a fixed term
        // ending on the Stichtag (bis 12 Monate), one ending after 24 months (später), a vacancy since exactly 6
        // months before the Stichtag (not long vacant) beside one a day longer (long vacant), and Handlungsbedarf
        // left empty for two topics (unknown).
        SampleReturn rv = y25.get(RAVENSBURG);
        rv.personal.get(0).cells()[SampleReturn.BEFRISTET_BIS] = LocalDate.of(2025, 12, 31);
        rv.personal.get(1).cells()[SampleReturn.BEFRISTET_BIS] = LocalDate.of(2028, 6, 30);
        for (int i = 2; i <= 3; i++) {
            Object[] cells = rv.personal.get(i).cells();
            cells[2] = "nein";
            cells[SampleReturn.UNBESETZT_SEIT] = LocalDate.of(2025, 6, i == 2 ? 30 : 29);
            cells[8] = "Stelle wird nachbesetzt";
        }
        topicRow(rv, "WOH").cells()[SampleReturn.HANDLUNGSBEDARF] = null;
        topicRow(rv, "GES").cells()[SampleReturn.HANDLUNGSBEDARF] = null;

        // P06: Vogt's position of an integration officer ended before the Stichtag (abgelaufen).
        Row expired = y25.get(VOGT).personal.get(0);
        expired.cells()[SampleReturn.BEFRISTET_BIS] = LocalDate.of(2025, 9, 30);
        expired.cells()[8] = "Verlängerung beantragt";
        expired.mark("P06", "WARNUNG", SampleReturn.BEFRISTET_BIS, "30.09.2025",
                "Befristet bis vor dem Stichtag: Stelle ausgelaufen");

        // K02: Horgenzell copied the Gemeinde name from Wilhelmsdorf's form (same VVG); the AGS wins.
        SampleReturn h = y25.get(HORGENZELL);
        h.gemeindeText = "Wilhelmsdorf";
        h.gemeindeMarks.add(new SampleReturn.Mark("K02", "WARNUNG", 1, "Wilhelmsdorf",
                "AGS 08436095 (Horgenzell) gilt"));

        // P01: Baienfurt reports a function outside the vocabulary.
        SampleReturn b = y25.get(BAIENFURT);
        b.personal.add(new Row("Integrationslotse", 0.3, "ja", null, LocalDate.of(2026, 12, 31), "Gemeinde",
                "Kommune", null, null).mark("P01", "FEHLER", 0, "Integrationslotse", "Funktion unbekannt"));

        // S01: Schlier adds a topic that is not a core topic.
        y25.get(SCHLIER).strukturen.add(new Row("Digitalisierung", "ja", "nein", 1, "nein",
                "Tablet-Kurse für Geflüchtete").mark("S01", "FEHLER", 0, "Digitalisierung", "Kernthema unbekannt"));

        // Joint file: Altshausen's remark spans two lines; Ebersbach-Musbach enters weekly hours as VZÄ.
        y25.get(ALTSHAUSEN).personal.get(0).cells()[8] = "Sprechstunde Di und Do\nim Rathaus Altshausen";
        Row hours = y25.get(EBERSBACH_MUSBACH).personal.get(0);
        hours.cells()[SampleReturn.VZAE] = 19.5;
        hours.cells()[8] = "19,5 Std./Woche";
        hours.mark("P02", "FEHLER", SampleReturn.VZAE, "19,5", "VZÄ > 1, Hinweis: Wochenstunden (39 h = 1,0 VZÄ)");
    }

    private void describeSpecialCases() {
        add("Gemeinsame Datei eines Verbands, teilweise angenommen (P02)",
                "Der GVV Altshausen meldet 2025 für alle 11 Mitglieder in einem CSV-Paar (`;`, windows-1252). "
                        + "Ebersbach-Musbach (08436093) trägt als VZÄ `19,5` (Wochenstunden) ein: P02 FEHLER, nur "
                        + "dessen Abschnitt Personal wird abgelehnt; Strukturen aller Mitglieder und Personal der "
                        + "übrigen 10 werden angenommen. Hoßkirch steht als `Hosskirch` in der Datei. Die Bemerkung "
                        + "der ersten Personal-Zeile von Altshausen enthält einen Zeilenumbruch (zählt nicht als "
                        + "neue Zeile).",
                "2025/Rueckmeldung_2025_GVV_Altshausen_Strukturen.csv",
                "2025/Rueckmeldung_2025_GVV_Altshausen_Personal.csv");
        add("Geteilte Stelle ohne Doppelzählung (keine P09)",
                "Wangen im Allgäu meldet in beiden Jahren eine Stelle Integrationsmanagement 1,0 VZÄ mit "
                        + "Versorgte Gemeinden `Wangen im Allgäu, Achberg, Amtzell`. Achberg und Amtzell melden "
                        + "diese Stelle nicht. Achberg sendet 2025 nichts, ist aber über die Stelle personell "
                        + "versorgt (Personal bekannt).",
                "2024/Rueckmeldung_2024_08436081_Wangen_im_Allgaeu.xlsx",
                "2025/Rueckmeldung_2025_08436081_Wangen_im_Allgaeu.xlsx");
        add("Korrektur (K05)",
                "Weingarten sendet nach der Arbeitsmappe eine Korrektur des Abschnitts Personal 2025 als CSV. Sie "
                        + "liegt im Unterordner `korrekturen/` (Pfad sortiert später; Änderungszeit 16.02.2026) und "
                        + "ändert die VZÄ einer Stelle um +0,25 (siehe Befund K05).",
                "2025/Rueckmeldung_2025_08436082_Weingarten.xlsx",
                "2025/korrekturen/Rueckmeldung_2025_08436082_Weingarten_Personal_korrektur.csv");
        add("Befristungen und lange unbesetzte Stellen",
                "Ravensburg 2025 (Stichtag 31.12.2025): eine Stelle befristet bis zum Stichtag (zählt „bis 12 Monate“), "
                        + "eine bis 30.06.2028 („später“), eine unbesetzt seit 30.06.2025 (genau 6 Monate: nicht "
                        + "„unbesetzt > 6 Monate“) und eine seit 29.06.2025 (zählt); Handlungsbedarf bei WOH und GES "
                        + "leer (unbekannt). Vogt: eine Stelle befristet bis 30.09.2025, vor dem Stichtag "
                        + "(„abgelaufen“, P06).",
                "2025/Rueckmeldung_2025_08436064_Ravensburg.xlsx",
                "2025/Rueckmeldung_2025_08436078_Vogt.xlsx");
        add("Warnungen", "S03 Kißlegg (Zeile fehlt) und Bad Wurzach (Zeile ohne Antworten), S06 Aulendorf, "
                + "P04 Leutkirch, P06 Vogt, K02 Horgenzell.",
                "2025/Rueckmeldung_2025_08436052_Kisslegg_Strukturen.csv",
                "2025/Rueckmeldung_2025_08436010_Bad_Wurzach.xlsx",
                "2025/Rueckmeldung_2025_08436008_Aulendorf.xlsx",
                "2025/Rueckmeldung_2025_08436055_Leutkirch_im_Allgaeu.xlsx",
                "2025/Rueckmeldung_2025_08436078_Vogt.xlsx",
                "2025/Rueckmeldung_2025_08436095_Horgenzell.xlsx");
        add("Fehler (FEHLER)", "Baienfurt: Funktion `Integrationslotse` (P01), Abschnitt Personal abgelehnt. "
                + "Schlier: Kernthema `Digitalisierung` (S01), Abschnitt Strukturen abgelehnt, Personal angenommen.",
                "2025/Rueckmeldung_2025_08436011_Baienfurt.xlsx",
                "2025/Rueckmeldung_2025_08436069_Schlier_Strukturen.csv");
        add("Fehlende Rückmeldungen 2025", "Achberg, Bergatreute, Waldburg und Wolfegg senden 2025 nichts "
                + "(`fehlt`); Aitrach sendet nur Strukturen (`unvollständig`).",
                "2025/Rueckmeldung_2025_08436004_Aitrach_Strukturen.csv");
        add("CSV-Dialekte", "Kißlegg: `;`, windows-1252, Dezimalkomma, 2025 VZÄ in Prozent (`" + kisslegPercent
                + "`) in der ersten Datenzeile, Name `Kisslegg`. Bad Waldsee: `,`, UTF-8 mit BOM, Dezimalpunkt, ISO-Daten, "
                + "Zusatzspalten Stichtag/Ausgefüllt von/E-Mail/Telefon, AGS `8436009`, Finanzierung mit Komma "
                + "in Anführungszeichen. Wilhelmsdorf: Tab, UTF-16LE mit BOM, AGS `08 436 083`, zwei leere "
                + "Zeilen am Ende. Schlier und Aitrach: `;`, UTF-8 ohne BOM.",
                "2025/Rueckmeldung_2025_08436052_Kisslegg_Personal.csv",
                "2025/Rueckmeldung_2025_08436009_Bad_Waldsee_Personal.csv",
                "2025/Rueckmeldung_2025_08436083_Wilhelmsdorf_Personal.csv");
        add("Arbeitsmappen-Varianten", "Genau eine `.xls` (Argenbühl 2025). Umbenannte Blätter: Ravensburg "
                + "(`Strukturen 2025`, `Personal 2025`), Bad Wurzach 2025 (`Kernthemen`, `Stellen`), Weingarten "
                + "2024 (`Deckblatt`, `Tabelle2`, `Tabelle3`). Kopfzeile in Zeile 3 unter einem Titel bei jeder "
                + "dritten Gemeinde des Registers; Namen `Stadt Isny`; VZÄ als Text bei Amtzell 2025.",
                "2025/Rueckmeldung_2025_08436094_Argenbuehl.xls",
                "2025/Rueckmeldung_2025_08436064_Ravensburg.xlsx",
                "2025/Rueckmeldung_2025_08436049_Isny_im_Allgaeu.xlsx");
    }

    private void add(String title, String description, String... files) {
        for (String f : files) {
            if (!output.containsKey(f)) {
                throw new IllegalStateException("special case names a file not written: " + f);
            }
        }
        manifest.addSpecialCase(new SpecialCase(title, description, List.of(files)));
    }

    // ------------------------------------------------------------------------------------------------ figures

    private List<Answer> answers(Municipality m, Random rnd) {
        double p = Math.min(0.85, 0.3 + 0.25 * Math.log10(m.population() / 500.0));
        List<Answer> list = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            Answer a = new Answer();
            a.contact = answer(rnd, p, m.adminUnion());
            a.network = answer(rnd, p - 0.1, m.adminUnion());
            a.offers = offers(rnd, a, m.population());
            a.need = rnd.nextDouble() < 0.4;
            a.remark = rnd.nextDouble() < 0.12 ? STRUCTURE_REMARKS[rnd.nextInt(STRUCTURE_REMARKS.length)] : null;
            list.add(a);
        }
        return list;
    }

    private static String answer(Random rnd, double p, String union) {
        double r = rnd.nextDouble();
        if (r < p) {
            return "JA";
        }
        if (r < p + 0.1) {
            return "GEPLANT";
        }
        if (union != null && r < p + 0.25) {
            return "VERBUND";
        }
        return "NEIN";
    }

    private static Integer offers(Random rnd, Answer a, int population) {
        boolean active = a.contact.equals("JA") || a.contact.equals("VERBUND") || a.network.equals("JA")
                || a.network.equals("VERBUND");
        if (active && rnd.nextDouble() < 0.04) {
            return null;
        }
        int n = active ? 1 + rnd.nextInt(2 + population / 8000) : a.contact.equals("GEPLANT") ? rnd.nextInt(2) : 0;
        // No accidental S06: offers only beside a contact person or network that is not "nein".
        return a.contact.equals("NEIN") && a.network.equals("NEIN") ? 0 : n;
    }

    private static List<Answer> evolve(List<Answer> before, Random rnd) {
        List<Answer> after = new ArrayList<>();
        for (Answer a : before) {
            Answer b = a.copy();
            if (rnd.nextDouble() < 0.15) {
                b.contact = b.contact.equals("GEPLANT") ? "JA" : b.contact.equals("NEIN") ? "GEPLANT" : b.contact;
            }
            if (b.offers != null && rnd.nextDouble() < 0.2) {
                b.offers = Math.max(0, b.offers + (rnd.nextBoolean() ? 1 : -1));
            }
            if (b.contact.equals("NEIN") && b.network.equals("NEIN") && b.offers != null) {
                b.offers = 0;
            }
            b.need = rnd.nextDouble() < 0.1 ? !b.need : b.need;
            after.add(b);
        }
        return after;
    }

    private List<Position> positions(Municipality m, int year, Random rnd) {
        List<Position> list = new ArrayList<>();
        int pop = m.population();
        if (m.ags().equals(EBERSBACH_MUSBACH)) {
            list.add(position(m, "EK", 0.5, year, rnd));
        } else if (pop < 1000) {
            return list;
        } else if (pop < 2000) {
            if (rnd.nextBoolean()) {
                list.add(position(m, "EK", rnd.nextBoolean() ? 0.2 : 0.25, year, rnd));
            }
        } else if (pop < 5000) {
            list.add(position(m, "IB", round(0.3 + 0.05 * rnd.nextInt(5)), year, rnd));
            if (rnd.nextDouble() < 0.3) {
                list.add(position(m, "EK", 0.2, year, rnd));
            }
        } else {
            double remaining = round(pop / 10000.0 * (0.85 + 0.3 * rnd.nextDouble()));
            String[] cycle = {"IM", "IB", "EK", "IM", "SO", "IM", "IB", "EK"};
            double[] chunks = {1.0, 0.75, 0.5};
            int i = 0;
            while (remaining >= 0.1 && i < cycle.length) {
                double chunk = Math.min(remaining, chunks[rnd.nextInt(chunks.length)]);
                if (remaining - chunk < 0.1 || i == cycle.length - 1) {
                    chunk = Math.min(1.0, remaining);
                }
                chunk = round(chunk);
                list.add(position(m, cycle[i++], chunk, year, rnd));
                remaining = round(remaining - chunk);
            }
        }
        if (m.ags().equals(WANGEN)) {
            Position shared = position(m, "IM", 1.0, year, rnd);
            shared.occupied = true;
            shared.vacantSince = null;
            shared.funding = "Land-IM";
            shared.served = "Wangen im Allgäu, Achberg, Amtzell";
            shared.remark = "Integrationsmanagement für die Verwaltungsgemeinschaft Wangen";
            list.add(shared);
        }
        if (m.ags().equals(BAD_WALDSEE)) {
            list.stream().filter(p -> p.function.equals("IM")).findFirst()
                    .ifPresent(p -> p.funding = "Land BW, VwV Integrationsmanagement (Pakt für Integration)");
        }
        if (m.ags().equals(ALTSHAUSEN) || m.ags().equals(LEUTKIRCH) || m.ags().equals(WEINGARTEN)) {
            // Their special cases need positions that are occupied in the baseline.
            list.forEach(p -> {
                p.occupied = true;
                p.vacantSince = null;
            });
        }
        return list;
    }

    private static Position position(Municipality m, String function, double fte, int year, Random rnd) {
        Position p = new Position();
        p.function = function;
        p.fte = fte;
        if (rnd.nextDouble() < 0.08) {
            p.occupied = false;
            p.vacantSince = LocalDate.of(year, 1 + rnd.nextInt(9), 1);
        }
        if (function.equals("IM")) {
            p.limitedTo = LocalDate.of(year + 1, 12, 31);
        } else if (rnd.nextDouble() < 0.3) {
            p.limitedTo = LocalDate.of(year + 1 + rnd.nextInt(2), 6, 30);
        }
        boolean union = "GVV Altshausen".equals(m.adminUnion()) && !m.ags().equals(ALTSHAUSEN);
        p.employer = union ? "Verband" : m.type();
        if (function.equals("EK") && rnd.nextDouble() < 0.4) {
            p.employer = rnd.nextBoolean() ? "Freier Träger: Caritas" : "Freier Träger: Diakonie";
        }
        p.funding = switch (function) {
            case "IM" -> rnd.nextBoolean() ? "Land-IM" : "Land-IM / Kommune";
            case "IB" -> rnd.nextDouble() < 0.7 ? "Kommune" : "Land-IB";
            case "EK" -> rnd.nextDouble() < 0.6 ? "Kommune" : "Sonstige";
            default -> rnd.nextBoolean() ? "Kommune" : "Bund";
        };
        return p;
    }

    private List<Position> evolvePositions(Municipality m, List<Position> before, Random rnd) {
        List<Position> after = new ArrayList<>();
        for (Position p : before) {
            Position q = p.copy();
            if (q.served == null && rnd.nextDouble() < 0.2) {
                q.fte = round(Math.max(0.1, Math.min(1.0, q.fte + (rnd.nextBoolean() ? 0.1 : -0.1))));
            }
            boolean keepOccupied = m.ags().equals(ALTSHAUSEN) || m.ags().equals(LEUTKIRCH)
                    || m.ags().equals(WEINGARTEN) || q.served != null;
            q.occupied = keepOccupied || rnd.nextDouble() >= 0.08;
            q.vacantSince = q.occupied ? null : LocalDate.of(2025, 1 + rnd.nextInt(9), 1);
            if (q.limitedTo != null) {
                q.limitedTo = q.limitedTo.plusYears(1);
            }
            after.add(q);
        }
        double old = before.stream().mapToDouble(p -> p.fte).sum();
        double now = after.stream().mapToDouble(p -> p.fte).sum();
        if (old > 0 && Math.abs(now - old) / old > 0.4) {
            // Keep the FTE of the year before: the samples must not raise an unintended P10.
            for (int i = 0; i < after.size(); i++) {
                after.get(i).fte = before.get(i).fte;
            }
        }
        return after;
    }

    private SampleReturn build(Municipality m, int year, List<Answer> answers, List<Position> positions) {
        SampleReturn r = new SampleReturn(m.ags(), m.name(), year);
        if (m.index() % 5 == 2) {
            r.stichtag = null;
        }
        String first = FIRST_NAMES[m.index() % FIRST_NAMES.length];
        String last = LAST_NAMES[m.index() % LAST_NAMES.length];
        r.contactName = first + " " + last + " (fiktiv)";
        r.email = ascii(first + "." + last).toLowerCase(java.util.Locale.ROOT) + "@example.org";
        r.phone = String.format(java.util.Locale.ROOT, "0751 0000-%02d", 10 + m.index());
        r.filledOn = year == 2024 ? LocalDate.of(2025, 2, 1 + m.index() % 20)
                : LocalDate.of(2026, 1, 5 + m.index() % 20);
        int style = m.index() % 4;
        boolean byName = m.index() % 2 == 0 || m.ags().equals(WILHELMSDORF);
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            Answer a = answers.get(i);
            r.strukturen.add(new Row(byName ? t.name() : t.code(), spell(a.contact, style), spell(a.network, style),
                    a.offers, style == 2 ? (a.need ? "j" : "n") : (a.need ? "ja" : "nein"), a.remark));
        }
        if (positions.isEmpty()) {
            r.personal.add(new Row("keine", null, null, null, null, null, null, null, null));
        }
        for (Position p : positions) {
            r.personal.add(personalRow(m, p, year));
        }
        return r;
    }

    private static Row personalRow(Municipality m, Position p, int year) {
        String occupied = m.index() % 4 == 2 ? (p.occupied ? "j" : "n") : (p.occupied ? "ja" : "nein");
        return new Row(functionSpelling(m, p.function), p.fte, occupied, p.vacantSince, p.limitedTo, p.employer,
                p.funding, p.served, p.remark);
    }

    private static String spell(String code, int style) {
        String[][] spellings = {
            {"ja", "nein", "geplant", "verbund"},
            {"x", "-", "in Planung", "über Verband"},
            {"j", "n", "geplant", "verbund"},
            {"vorhanden", "nicht vorhanden", "im Aufbau", "gemeinsam mit Nachbargemeinde"}};
        int i = switch (code) {
            case "JA" -> 0;
            case "NEIN" -> 1;
            case "GEPLANT" -> 2;
            default -> 3;
        };
        return spellings[style][i];
    }

    private static String functionSpelling(Municipality m, String function) {
        int style = m.index() % 4;
        return switch (function) {
            case "IM" -> new String[] {"Integrationsmanagement", "Integrationsmanagerin", "IM",
                "Integrationsmanager/in"}[style];
            case "IB" -> new String[] {"Integrationsbeauftragte/r", "Integrationsbeauftragter", "IB",
                "Integrationsbeauftragte"}[style];
            case "EK" -> new String[] {"Ehrenamts- bzw. Flüchtlingskoordination", "Ehrenamtskoordination", "EK",
                "Flüchtlingskoordination"}[style];
            default -> style == 2 ? "SO" : "sonstige Fachkraft Integration";
        };
    }

    private static Row topicRow(SampleReturn r, String code) {
        int index = List.of("SPR", "BIL", "ARB", "WOH", "GES", "EHR", "TEI", "PAR", "IKO", "ANT", "NET")
                .indexOf(code);
        return r.strukturen.get(index);
    }

    private static double total(SampleReturn r) {
        double sum = 0;
        for (Row row : r.personal) {
            Object v = row.cells()[SampleReturn.VZAE];
            if (v instanceof Double d) {
                sum += d;
            } else if (v instanceof String s && s.endsWith("%")) {
                sum += Double.parseDouble(s.replace("%", "").strip()) / 100;
            }
        }
        return sum;
    }

    private static void check(Municipality m, double old, double now) {
        if (old > 0 && Math.abs(now - old) / old > 0.5) {
            throw new IllegalStateException("unintended P10 for " + m.name() + ": " + old + " → " + now);
        }
    }

    // ------------------------------------------------------------------------------------------------ output

    private void put(String path, byte[] bytes, SampleFile file) {
        if (output.put(path, bytes) != null) {
            throw new IllegalStateException("written twice: " + path);
        }
        manifest.addFile(file);
    }

    private void flush() throws IOException {
        // Fixed modification times in path order: 2024 files in February 2025, 2025 files in January 2026, the
        // correction last, so the receipt order of RETURNS.md §1 does not depend on when the generator ran.
        int i = 0;
        for (Map.Entry<String, byte[]> e : output.entrySet()) {
            Instant base = e.getKey().startsWith("2024/") ? Instant.parse("2025-02-10T08:00:00Z")
                    : e.getKey().contains("/korrekturen/") ? Instant.parse("2026-02-16T09:00:00Z")
                    : Instant.parse("2026-01-20T08:00:00Z");
            TestInbox.write(dir.resolve(e.getKey()), e.getValue(), base.plus(i++, ChronoUnit.MINUTES));
        }
    }

    private Municipality municipality(String ags) {
        return register.stream().filter(m -> m.ags().equals(ags)).findFirst().orElseThrow();
    }

    static String ascii(String name) {
        return name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss").replace(' ', '_').replace('-', '_');
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "; " + b;
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    static List<Municipality> loadRegister() {
        List<Municipality> list = new ArrayList<>();
        List<String[]> rows = readResource("/reference/municipalities.csv");
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            list.add(new Municipality(i - 1, r[0], r[1], r[2], Integer.parseInt(r[3]),
                    r[5].isBlank() ? null : r[5]));
        }
        return list;
    }

    static List<Topic> loadTopics() {
        List<Topic> list = new ArrayList<>();
        List<String[]> rows = readResource("/reference/core-topics.csv");
        for (int i = 1; i < rows.size(); i++) {
            list.add(new Topic(rows.get(i)[0], rows.get(i)[1]));
        }
        return list;
    }

    private static List<String[]> readResource(String name) {
        try (Reader reader = new InputStreamReader(SampleInputGenerator.class.getResourceAsStream(name),
                StandardCharsets.UTF_8); CSVReader csv = new CSVReader(reader)) {
            return csv.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
