package de.landkreis.integrationsmonitor.returns;

import java.util.regex.Pattern;

/**
 * How a file writes decimals: German {@code 0,5} (point groups thousands: {@code 1.000}) or English {@code 0.5}
 * (comma groups thousands). Workbooks store numbers typed; a CSV file has one convention, detected from its data.
 */
public enum DecimalConvention {
    COMMA(','), POINT('.');

    private final Pattern unambiguousDecimal;
    private final Pattern number;

    DecimalConvention(char separator) {
        String sep = Pattern.quote(String.valueOf(separator));
        // "1,000" or "1.000" could be a grouped thousand under the other convention, so it decides nothing.
        this.unambiguousDecimal = Pattern.compile("[+-]?(0|\\d{4,}|)" + sep + "\\d+|[+-]?\\d+" + sep
                + "(\\d{1,2}|\\d{4,})");
        String group = Pattern.quote(separator == ',' ? "." : ",");
        this.number = Pattern.compile("([+-]?)(\\d{1,3}(?:" + group + "\\d{3})+|\\d+)?(?:" + sep + "(\\d+))?");
    }

    /** Sign, integer part (maybe grouped) and fraction of a number written under this convention. */
    Pattern number() {
        return number;
    }

    char groupingSeparator() {
        return this == COMMA ? '.' : ',';
    }

    /**
     * The convention most unambiguous decimals in the texts follow. Without evidence: German, unless the file
     * separates its fields by commas, which German Excel never does.
     */
    static DecimalConvention detect(Iterable<String> texts, char delimiter) {
        int comma = 0;
        int point = 0;
        for (String text : texts) {
            String number = NumberText.bare(text);
            if (COMMA.unambiguousDecimal.matcher(number).matches()) {
                comma++;
            } else if (POINT.unambiguousDecimal.matcher(number).matches()) {
                point++;
            }
        }
        if (comma != point) {
            return comma > point ? COMMA : POINT;
        }
        return delimiter == ',' ? POINT : COMMA;
    }
}
