package de.landkreis.integrationsmonitor.returns;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as municipalities write them (RETURNS.md §2, §4): {@code 0,5}, {@code 0.5}, {@code 50 %},
 * {@code 1.000} (one thousand under the comma convention), and numbers typed as text ({@code '0,5}).
 */
public final class NumberText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private NumberText() {
    }

    /**
     * The number of a cell: the value the reader typed (a numeric cell, or a CSV cell under its file's
     * convention) wins; otherwise the text is read under the German convention, then the English one.
     */
    public static Optional<BigDecimal> of(CellValue value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.number() != null) {
            return Optional.of(BigDecimal.valueOf(value.number()));
        }
        return parse(value.text(), DecimalConvention.COMMA).or(() -> parse(value.text(), DecimalConvention.POINT));
    }

    /** The number a text means under a decimal convention; a trailing {@code %} divides by 100. */
    public static Optional<BigDecimal> parse(String text, DecimalConvention convention) {
        if (text == null) {
            return Optional.empty();
        }
        String number = bare(text);
        boolean percent = number.endsWith("%");
        if (percent) {
            number = SPACES.matcher(number.substring(0, number.length() - 1)).replaceAll("");
        }
        Matcher matcher = convention.number().matcher(number);
        if (!matcher.matches() || (matcher.group(2) == null && matcher.group(3) == null)) {
            return Optional.empty();
        }
        String integer = matcher.group(2) == null ? "0"
                : matcher.group(2).replace(String.valueOf(convention.groupingSeparator()), "");
        String fraction = matcher.group(3) == null ? "" : "." + matcher.group(3);
        BigDecimal value = new BigDecimal(matcher.group(1) + integer + fraction);
        return Optional.of(percent ? value.movePointLeft(2) : value);
    }

    /** The text without surrounding spaces and without Excel's leading apostrophe for typed text. */
    static String bare(String text) {
        String s = text.strip();
        return s.startsWith("'") ? s.substring(1).strip() : s;
    }
}
