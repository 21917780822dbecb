package de.landkreis.integrationsmonitor.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link SampleInputGenerator} wrote into {@code input/} and what a correct import must make of it: every file
 * with its municipalities and sections, every expected finding with its location as a person sees it in Excel, and
 * the expected Rücklauf status of every municipality and year (RETURNS.md §6). It is built while the files are
 * written, so it cannot drift from them; {@code docs/BEISPIELDATEN.md} is rendered from it.
 */
public final class SampleInputManifest {

    /** One written file; {@code path} is relative to the input folder, with {@code /}. */
    public record SampleFile(String path, String format, int year, List<String> ags, List<String> sections,
            String outcome, String note) {
    }

    /**
     * A finding the import must produce. {@code sheet} is null for CSV; {@code row} (1-based, title lines counted)
     * and {@code column} (letter) as in Excel; {@code value} is the offending text (S03: the missing topic's code).
     */
    public record ExpectedFinding(String file, String ags, String gemeinde, int year, String section, String code,
            String severity, String sheet, Integer row, String column, String value, String note) {
    }

    /** A special case of the sample data, as documented in BEISPIELDATEN.md. */
    public record SpecialCase(String title, String description, List<String> files) {
    }

    private final List<SampleFile> files = new ArrayList<>();
    private final List<ExpectedFinding> findings = new ArrayList<>();
    private final List<SpecialCase> specialCases = new ArrayList<>();
    private final Map<String, String> statuses = new LinkedHashMap<>();

    void addFile(SampleFile file) {
        files.add(file);
    }

    void addFinding(ExpectedFinding finding) {
        findings.add(finding);
    }

    void addSpecialCase(SpecialCase specialCase) {
        specialCases.add(specialCase);
    }

    void putStatus(String ags, int year, String status) {
        statuses.put(year + "/" + ags, status);
    }

    public List<SampleFile> files() {
        return files.stream().sorted(Comparator.comparing(SampleFile::path)).toList();
    }

    public List<ExpectedFinding> findings() {
        return Collections.unmodifiableList(findings);
    }

    public List<ExpectedFinding> findings(String file) {
        return findings.stream().filter(f -> f.file().equals(file)).toList();
    }

    public List<SpecialCase> specialCases() {
        return Collections.unmodifiableList(specialCases);
    }

    /** Expected Rücklauf status: {@code vollständig}, {@code unvollständig}, {@code fehlerhaft} or {@code fehlt}. */
    public String status(String ags, int year) {
        return statuses.get(year + "/" + ags);
    }

    public Map<String, String> statuses() {
        return Collections.unmodifiableMap(statuses);
    }

    /** The German documentation of the sample data. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Beispieldaten in `input/`\n\n");
        md.append("Alle Dateien sind **fiktiv** (Kennzeichnung `Fiktive Beispieldaten – keine echten Angaben` in jeder "
                + "Datei, Kontakte `… (fiktiv)`, `@example.org`, `0751 0000-xx`). Sie werden von "
                + "`SampleInputGenerator` (Testquellen, fester Seed, ohne Uhr) erzeugt; diese Datei ebenso, aus "
                + "`SampleInputManifest`. Neu erzeugen: `scripts/generate-samples.sh`.\n\n");
        md.append("Zeilen und Spalten wie in Excel gesehen: Zeile 1 ist die erste Zeile der Datei bzw. des Blatts "
                + "(Titelzeilen zählen mit, ein Zeilenumbruch in einem CSV-Feld in Anführungszeichen nicht). "
                + "Bei CSV ist das Blatt leer.\n\n");
        md.append("Empfangsreihenfolge: Der Generator setzt die Änderungszeit jeder Datei fest (2024: Februar 2025, "
                + "2025: Januar 2026, Korrektur: 16.02.2026). Nach einem `git checkout` gelten die Zeiten des "
                + "Checkouts; die Korrektur liegt dann über den Pfad (`2025/korrekturen/…` sortiert nach `2025/R…`) "
                + "trotzdem später.\n\n");
        md.append("Alle anderen Dateien erzeugen **keine** Befunde: keine P10 (VZÄ-Änderung 2024→2025 höchstens "
                + "±50 %), keine P09 (die geteilte Stelle meldet nur eine Gemeinde), keine S06 außer der "
                + "unten genannten.\n\n");
        md.append("## Sonderfälle\n\n");
        for (SpecialCase c : specialCases) {
            md.append("### ").append(c.title()).append("\n\n").append(c.description()).append("\n\n");
            for (String f : c.files()) {
                md.append("- `").append(f).append("`\n");
            }
            md.append('\n');
        }
        md.append("## Erwartete Befunde\n\n");
        md.append("| Datei | AGS | Gemeinde | Jahr | Abschnitt | Regel | Schwere | Blatt | Zeile | Spalte | Wert | "
                + "Anmerkung |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ExpectedFinding f : findings) {
            md.append("| `").append(f.file()).append("` | ").append(f.ags()).append(" | ").append(f.gemeinde())
                    .append(" | ").append(f.year()).append(" | ").append(f.section()).append(" | ")
                    .append(f.code()).append(" | ").append(f.severity()).append(" | ")
                    .append(f.sheet() == null ? "–" : f.sheet()).append(" | ")
                    .append(f.row() == null ? "–" : f.row()).append(" | ")
                    .append(f.column() == null ? "–" : f.column()).append(" | ")
                    .append(f.value() == null ? "" : "`" + f.value() + "`").append(" | ")
                    .append(f.note() == null ? "" : f.note()).append(" |\n");
        }
        md.append("\n## Erwarteter Rücklaufstatus 2025\n\n");
        md.append("2024: alle 39 Gemeinden `vollständig`. 2025 abweichend von `vollständig`:\n\n");
        md.append("| AGS | Status |\n|---|---|\n");
        statuses.entrySet().stream()
                .filter(e -> e.getKey().startsWith("2025/") && !e.getValue().equals("vollständig"))
                .forEach(e -> md.append("| ").append(e.getKey().substring(5)).append(" | ").append(e.getValue())
                        .append(" |\n"));
        md.append("\n## Alle Dateien\n\n");
        md.append("| Datei | Format | Jahr | AGS | Abschnitte | Ergebnis | Anmerkung |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (SampleFile f : files()) {
            md.append("| `").append(f.path()).append("` | ").append(f.format()).append(" | ").append(f.year())
                    .append(" | ").append(f.ags().size() > 3 ? f.ags().size() + " Gemeinden" : String.join(", ", f.ags()))
                    .append(" | ").append(String.join(", ", f.sections())).append(" | ").append(f.outcome())
                    .append(" | ").append(f.note() == null ? "" : f.note()).append(" |\n");
        }
        return md.toString();
    }

    @Override
    public String toString() {
        return files.size() + " files, " + findings.size() + " findings: "
                + findings.stream().map(ExpectedFinding::code).collect(Collectors.joining(","));
    }
}
