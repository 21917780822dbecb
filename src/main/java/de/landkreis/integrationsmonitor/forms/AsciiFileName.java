package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.reference.NameKey;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A municipality name as part of a file name: ASCII only, German letters transliterated ({@code Kißlegg} →
 * {@code Kisslegg}, {@code Isny im Allgäu} → {@code Isny_im_Allgaeu}), spaces and hyphens as {@code _}, as the
 * sample returns are named. Mail gateways and old archive tools mangle anything else.
 */
public final class AsciiFileName {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–/]+");
    private static final Pattern NOT_SAFE = Pattern.compile("[^A-Za-z0-9_.]");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private AsciiFileName() {
    }

    public static String of(String name) {
        String s = NameKey.transliterate(name.strip());
        // Other accented letters (é, ç) lose their accent rather than the whole letter.
        s = COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll("_");
        s = NOT_SAFE.matcher(s).replaceAll("");
        return s.replaceAll("_+", "_").replaceAll("^[_.]+|[_.]+$", "");
    }
}
