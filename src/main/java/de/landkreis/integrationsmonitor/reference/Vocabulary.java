package de.landkreis.integrationsmonitor.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One closed list of RETURNS.md §4: the spellings people use, each meaning one term. Matched after trimming and
 * folding case. The offered spellings are what forms and the rule catalogue show.
 */
public final class Vocabulary<T extends Enum<T>> {

    private final Map<String, T> bySpelling = new LinkedHashMap<>();
    private final Map<T, String> offered = new LinkedHashMap<>();

    Vocabulary(List<Spelling<T>> spellings) {
        for (Spelling<T> s : spellings) {
            bySpelling.put(key(s.text()), s.term());
            if (s.offered()) {
                offered.put(s.term(), s.text());
            }
        }
    }

    public Optional<T> match(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(bySpelling.get(key(text)));
    }

    /** The spelling a form offers for a term, e.g. {@code Integrationsmanagement} for IM. */
    public String offeredSpelling(T term) {
        return offered.getOrDefault(term, term.name());
    }

    /** The offered spellings in list order: the values of a drop-down and of the rule catalogue. */
    public List<String> offeredSpellings() {
        return new ArrayList<>(offered.values());
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    }

    record Spelling<T>(T term, String text, boolean offered) {
    }
}
