package de.landkreis.integrationsmonitor.reference;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The municipalities a return may come from, with the look-ups the readers and rules need. */
public final class MunicipalityRegister {

    private static final Pattern AGS_SEPARATORS = Pattern.compile("[\\s.\\u00a0]");
    private static final Pattern DIGITS = Pattern.compile("\\d{7,8}");

    private final List<Municipality> sortedByName;
    private final Map<String, Municipality> byAgs;
    private final Map<String, List<Municipality>> byNameKey;

    public MunicipalityRegister(List<Municipality> municipalities) {
        Collator collator = Collator.getInstance(Locale.GERMANY);
        this.sortedByName = municipalities.stream()
                .sorted(Comparator.comparing(Municipality::name, collator).thenComparing(Municipality::ags))
                .toList();
        this.byAgs = sortedByName.stream().collect(Collectors.toMap(Municipality::ags, m -> m,
                (a, b) -> { throw new IllegalArgumentException("AGS doppelt im Gemeindeverzeichnis: " + a.ags()); },
                LinkedHashMap::new));
        this.byNameKey = sortedByName.stream().collect(Collectors.groupingBy(m -> NameKey.of(m.name())));
    }

    /** All municipalities in German collation order of their names. */
    public List<Municipality> all() {
        return sortedByName;
    }

    public int size() {
        return sortedByName.size();
    }

    public long totalPopulation() {
        return sortedByName.stream().mapToLong(Municipality::population).sum();
    }

    public Optional<Municipality> byAgs(String ags) {
        return normalizeAgs(ags).map(byAgs::get);
    }

    /** The municipality of an AGS, or one named by the AGS itself when the register does not (or no longer) list it. */
    public Municipality byAgsOrNamedByIt(String ags) {
        return byAgs(ags).orElse(new Municipality(ags, ags, null, 0, null, null));
    }

    /**
     * The 8-digit form of an AGS as people write it ({@code 8436064}, {@code 08 436 064}, {@code 08436064}),
     * or empty when it is not an AGS at all. Says nothing about whether the register knows it.
     */
    public static Optional<String> normalizeAgs(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = AGS_SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2); // a number cell formatted by a spreadsheet
        }
        if (!DIGITS.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(s.length() == 7 ? "0" + s : s);
    }

    /** The single municipality a name resolves to; empty when it fits none or several (RETURNS.md §4). */
    public Optional<Municipality> byName(String name) {
        List<Municipality> candidates = byNameKey.getOrDefault(NameKey.of(name), List.of());
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** A municipality named by AGS or by name, as in the column Versorgte Gemeinden. */
    public Optional<Municipality> byAgsOrName(String text) {
        Optional<Municipality> viaAgs = byAgs(text);
        return viaAgs.isPresent() ? viaAgs : byName(text);
    }
}
