package de.landkreis.integrationsmonitor.store;

import java.util.regex.Pattern;

/**
 * Text from outside (mail headers, file names, cells, server answers) made fit for a text column of every database:
 * control characters other than tab and line breaks removed (PostgreSQL refuses a NUL that H2 accepts), and cut to
 * the column's length with „…“, never in the middle of a character.
 */
public final class DbText {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private DbText() {
    }

    /** @return the text without control characters, at most {@code max} characters long; null stays null */
    public static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = CONTROL.matcher(text).replaceAll("");
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "…";
    }
}
