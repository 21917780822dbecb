package de.landkreis.integrationsmonitor.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import de.landkreis.integrationsmonitor.reference.NameKey;
import de.landkreis.integrationsmonitor.samples.SampleFileWriter.CsvDialect;
import de.landkreis.integrationsmonitor.samples.SampleFileWriter.WorkbookLayout;
import de.landkreis.integrationsmonitor.samples.SampleInputGenerator.Municipality;
import de.landkreis.integrationsmonitor.samples.SampleInputGenerator.Topic;
import de.landkreis.integrationsmonitor.samples.SampleReturn.Row;
import de.landkreis.integrationsmonitor.samples.SampleReturn.Section;

/**
 * Synthetic input for benchmarks: a register {@code register.csv} of 1,101 invented municipalities (columns as
 * {@code municipalities.csv}) and any number of return files over it, in the mix of formats of RETURNS.md (of the
 * returns about 70 % xlsx, 2 % xls, 28 % CSV, mostly as pairs, so CSV is about 40 % of the files; years 2023–2025;
 * about 5 % with one warning or error), spread over {@code <year>/<district>/} subfolders. Same seed, same bytes;
 * 2,000 files take about 15 s on one core.
 */
public final class SyntheticReturns {

    static final int REGISTER_SIZE = 1_101;

    private static final String[] PREFIXES = {"", "", "", "Ober", "Unter", "Neu", "Alt", "Groß", "Klein", "Hohen",
        "Bad "};
    private static final String[] ROOTS = {"Ahl", "Bern", "Birk", "Buch", "Eich", "Eng", "Erl", "Fisch", "Grün",
        "Hagen", "Hasel", "Heil", "Kirch", "Lind", "Mühl", "Oster", "Rot", "Sand", "Schön", "Stein", "Tann", "Wald",
        "Weil", "Wies", "Wolf", "Zell", "Mark", "Rosen", "Sulz", "Breit"};
    private static final String[] SUFFIXES = {"bach", "berg", "dorf", "hausen", "heim", "ingen", "weiler", "stetten",
        "hofen", "au", "feld", "tal", "wangen", "bronn", "reute"};
    private static final String[] FUNCTIONS = {"Integrationsmanagement", "Integrationsbeauftragte/r",
        "Ehrenamtskoordination", "sonstige Fachkraft Integration", "IM", "Integrationsmanagerin"};
    private static final String[] FUNDINGS = {"Land-IM", "Kommune", "Land-IM / Kommune", "Land-IB", "Bund",
        "Sonstige"};
    private static final String[] EMPLOYERS = {"Gemeinde", "Stadt", "Verband", "Freier Träger: Caritas",
        "Landkreis"};
    private static final String[] ANSWERS = {"ja", "nein", "geplant", "verbund", "x", "in Planung", "vorhanden"};
    private static final CsvDialect[] DIALECTS = {CsvDialect.EXCEL_DE, CsvDialect.UTF8_BOM_COMMA,
        CsvDialect.UTF16_TAB, CsvDialect.UTF8_SEMICOLON};

    private SyntheticReturns() {
    }

    /** Writes {@code register.csv} and exactly {@code fileCount} return files into {@code dir}. */
    public static void write(Path dir, int fileCount, long seed) throws IOException {
        Random rnd = new Random(seed);
        List<Municipality> register = register(rnd);
        writeRegister(dir.resolve("register.csv"), register);
        List<Topic> topics = SampleInputGenerator.loadTopics();

        List<long[]> combos = new ArrayList<>();
        for (int i = 0; i < register.size(); i++) {
            for (int year = 2023; year <= 2025; year++) {
                combos.add(new long[] {i, year});
            }
        }
        Collections.shuffle(combos, rnd);
        int written = 0;
        for (int n = 0; written < fileCount; n++) {
            long[] combo = combos.get(n % combos.size());
            Municipality m = register.get((int) combo[0]);
            int year = (int) combo[1];
            SampleReturn r = build(m, year, topics, register, rnd);
            String folder = year + "/" + m.ags().substring(0, 5) + "/";
            String base = folder + "Rueckmeldung_" + year + "_" + m.ags() + "_" + n;
            double kind = rnd.nextDouble();
            if (kind < 0.72) {
                boolean xls = kind >= 0.70;
                WorkbookLayout layout = WorkbookLayout.standard().withTitle(rnd.nextDouble() < 0.3)
                        .withHiddenLists(rnd.nextDouble() < 0.2);
                String path = base + (xls ? ".xls" : ".xlsx");
                write(dir, path, SampleFileWriter.workbook(r, xls ? layout.asXls() : layout, path, f -> { }));
                written++;
            } else {
                CsvDialect dialect = DIALECTS[rnd.nextInt(DIALECTS.length)];
                boolean pair = fileCount - written >= 2 && rnd.nextDouble() < 0.8;
                List<Section> sections = pair ? List.of(Section.values())
                        : List.of(Section.values()[rnd.nextInt(2)]);
                for (Section s : sections) {
                    String path = base + "_" + s.label + ".csv";
                    write(dir, path, SampleFileWriter.csv(List.of(r), s, dialect, path, f -> { }));
                    written++;
                }
            }
        }
    }

    /** Writes the register of 1,101 invented municipalities that {@link #write} uses. */
    public static void writeRegister(Path file, long seed) throws IOException {
        writeRegister(file, register(new Random(seed)));
    }

    /**
     * Writes one return (a pair of CSV files, Excel's German dialect; quicker to write than workbooks, so 1,101
     * municipalities take a minute) of every municipality of a register file (columns as {@code municipalities.csv})
     * for every Berichtsjahr from {@code firstYear} to {@code lastYear}, in {@code <year>/} subfolders: a district's
     * whole history. About 5 % with one warning or error.
     *
     * @return how many files were written
     */
    public static int writeEveryYear(Path dir, Path registerFile, int firstYear, int lastYear, long seed)
            throws IOException {
        Random rnd = new Random(seed);
        List<Municipality> register = new ArrayList<>();
        List<String> lines = Files.readAllLines(registerFile, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            register.add(new Municipality(register.size(), cells[0], cells[1], cells[2], Integer.parseInt(cells[3]),
                    cells[5].isEmpty() ? null : cells[5]));
        }
        List<Topic> topics = SampleInputGenerator.loadTopics();
        int written = 0;
        for (int year = firstYear; year <= lastYear; year++) {
            for (Municipality m : register) {
                SampleReturn r = build(m, year, topics, register, rnd);
                for (Section s : Section.values()) {
                    String path = year + "/Rueckmeldung_" + year + "_" + m.ags() + "_" + s.label + ".csv";
                    write(dir, path, SampleFileWriter.csv(List.of(r), s, CsvDialect.EXCEL_DE, path, f -> { }));
                    written++;
                }
            }
        }
        return written;
    }

    private static void write(Path dir, String path, byte[] bytes) {
        try {
            Path target = dir.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Municipality> register(Random rnd) {
        List<Municipality> list = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int districts = 36;
        for (int i = 0; i < REGISTER_SIZE; i++) {
            int district = i % districts;
            int number = 1 + (i / districts) * 3;
            String ags = String.format(Locale.ROOT, "08%03d%03d", 111 + district * 7, number);
            String name;
            do {
                name = PREFIXES[rnd.nextInt(PREFIXES.length)] + ROOTS[rnd.nextInt(ROOTS.length)]
                        + SUFFIXES[rnd.nextInt(SUFFIXES.length)];
                if (keys.contains(NameKey.of(name))) {
                    name = name + " an der " + ROOTS[rnd.nextInt(ROOTS.length)] + "ach";
                }
            } while (!keys.add(NameKey.of(name)));
            // Skewed towards villages, as in Baden-Württemberg: most under 5,000, a few cities up to 300,000.
            int population = (int) Math.min(300_000, 500 * Math.pow(600, Math.pow(rnd.nextDouble(), 2.2)));
            String type = population >= 10_000 || rnd.nextDouble() < 0.08 ? "Stadt" : "Gemeinde";
            String union = population < 6_000 && rnd.nextDouble() < 0.6
                    ? "GVV " + ROOTS[district % ROOTS.length] + "tal " + (i % 5 + 1) : null;
            list.add(new Municipality(i, ags, name, type, population, union));
        }
        return list;
    }

    private static void writeRegister(Path file, List<Municipality> register) throws IOException {
        StringBuilder csv = new StringBuilder("ags,name,type,population,population_date,admin_union\n");
        for (Municipality m : register) {
            csv.append(m.ags()).append(',').append(m.name()).append(',').append(m.type()).append(',')
                    .append(m.population()).append(",2022-05-15,").append(m.adminUnion() == null ? "" : m.adminUnion())
                    .append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static SampleReturn build(Municipality m, int year, List<Topic> topics, List<Municipality> register,
            Random rnd) {
        SampleReturn r = new SampleReturn(m.ags(), m.name(), year);
        r.contactName = "Erika Beispiel (fiktiv)";
        r.email = "erika.beispiel@example.org";
        r.phone = "0751 0000-" + (10 + rnd.nextInt(90));
        r.filledOn = LocalDate.of(year + 1, 1 + rnd.nextInt(3), 1 + rnd.nextInt(28));
        for (Topic t : topics) {
            String contact = ANSWERS[rnd.nextInt(ANSWERS.length)];
            String network = ANSWERS[rnd.nextInt(ANSWERS.length)];
            boolean none = contact.equals("nein") && network.equals("nein");
            r.strukturen.add(new Row(rnd.nextBoolean() ? t.code() : t.name(), contact, network,
                    none ? 0 : rnd.nextInt(6), rnd.nextBoolean() ? "ja" : "nein",
                    rnd.nextDouble() < 0.1 ? "Angebot in Kooperation mit dem Nachbarort" : null));
        }
        int positions = m.population() < 2_000 && rnd.nextDouble() < 0.5 ? 0
                : Math.max(1, Math.min(8, m.population() / 8_000 + rnd.nextInt(2)));
        if (positions == 0) {
            r.personal.add(new Row("keine", null, null, null, null, null, null, null, null));
        }
        for (int i = 0; i < positions; i++) {
            boolean occupied = rnd.nextDouble() >= 0.08;
            r.personal.add(new Row(FUNCTIONS[rnd.nextInt(FUNCTIONS.length)], 0.25 * (1 + rnd.nextInt(4)),
                    occupied ? "ja" : "nein", occupied ? null : LocalDate.of(year, 1 + rnd.nextInt(9), 1),
                    rnd.nextBoolean() ? LocalDate.of(year + 1, 12, 31) : null,
                    EMPLOYERS[rnd.nextInt(EMPLOYERS.length)], FUNDINGS[rnd.nextInt(FUNDINGS.length)], null, null));
        }
        defect(r, register, rnd);
        return r;
    }

    /** A few percent of the returns get one warning or error of RETURNS.md §5. */
    private static void defect(SampleReturn r, List<Municipality> register, Random rnd) {
        double d = rnd.nextDouble();
        Row firstPosition = r.personal.get(0);
        boolean hasPosition = !"keine".equals(firstPosition.cells()[0]);
        if (d < 0.01 && hasPosition) {
            firstPosition.cells()[2] = "nein";
            firstPosition.cells()[3] = null;
        } else if (d < 0.02) {
            Row row = r.strukturen.get(rnd.nextInt(r.strukturen.size()));
            row.cells()[1] = "nein";
            row.cells()[2] = "nein";
            row.cells()[3] = 2;
        } else if (d < 0.03) {
            r.gemeindeText = register.get(rnd.nextInt(register.size())).name();
        } else if (d < 0.04 && hasPosition) {
            firstPosition.cells()[1] = 19.5;
        } else if (d < 0.05) {
            r.strukturen.add(new Row("Digitalisierung", "ja", "ja", 1, "nein", null));
        }
    }
}
