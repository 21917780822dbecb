package de.landkreis.integrationsmonitor.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folded form under which names of municipalities and core topics are compared (RETURNS.md §4): case,
 * spaces and hyphens ignored, umlauts equal to their two-letter spelling, a leading {@code Stadt}/{@code Gemeinde}
 * and a trailing {@code im Allgäu} dropped.
 */
public final class NameKey {

    private static final Pattern PREFIX = Pattern.compile("^(stadt|gemeinde)\\s+");
    private static final Pattern SUFFIX = Pattern.compile("\\s+im\\s+allg(ä|ae)u$");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\-‐–.]+");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String s = name.strip().toLowerCase(Locale.GERMAN).replaceAll("\\s+", " ");
        s = PREFIX.matcher(s).replaceFirst("");
        s = SUFFIX.matcher(s).replaceFirst("");
        return IGNORED.matcher(transliterate(s)).replaceAll("");
    }

    /**
     * German umlauts and ß in their two-letter spelling, as people type them without a German keyboard
     * ({@code Kißlegg} → {@code Kisslegg}); composed first, so a decomposed ü counts as ü.
     */
    public static String transliterate(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
    }
}
