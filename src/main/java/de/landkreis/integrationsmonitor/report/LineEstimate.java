package de.landkreis.integrationsmonitor.report;

/**
 * How many lines a wrapped text takes in a fixed column width, estimated from its length. Row heights are set, not
 * measured: measuring needs the fonts of the machine, and Excel does not grow a row of a written file by itself.
 */
final class LineEstimate {

    // A column of width n holds n digits; average German text in Arial 10 is narrower than a digit.
    private static final double CHARACTERS_PER_WIDTH = 1.2;
    private static final float POINTS_PER_LINE = 12.75f;

    private LineEstimate() {
    }

    static int lines(String text, double widthInCharacters) {
        if (text == null || text.isEmpty() || widthInCharacters <= 0) {
            return 1;
        }
        return Math.max(1, (int) Math.ceil(text.length() / (widthInCharacters * CHARACTERS_PER_WIDTH)));
    }

    static float heightInPoints(int lines) {
        return lines * POINTS_PER_LINE + 3;
    }
}
