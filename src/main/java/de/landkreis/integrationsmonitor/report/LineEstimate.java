package de.landkreis.integrationsmonitor.report;

/**
 * How many lines a wrapped text takes in a fixed column width, estimated from its length. Row heights are set, not
 * measured: measuring needs the fonts of the machine, and Excel does not grow a row of a written file by itself.
 */
public final class LineEstimate {

    // A column of width n holds n digits (7 px each in Arial 10); average German text in Arial 10 takes about
    // 6.3 px a character, so a little more than one character per unit, less where digits and capitals abound.
    private static final double CHARACTERS_PER_WIDTH = 1.1;
    private static final float POINTS_PER_LINE = 12.75f;

    private LineEstimate() {
    }

    /** The lines {@code text} takes in a column {@code widthInCharacters} wide (Excel's unit), at least 1. */
    public static int lines(String text, double widthInCharacters) {
        if (text == null || text.isEmpty() || widthInCharacters <= 0) {
            return 1;
        }
        // Greedy word wrap as Excel does it; a word longer than the line takes as many lines as it needs.
        double perLine = widthInCharacters * CHARACTERS_PER_WIDTH;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            // A path breaks after its slashes (LibreOffice does, Excel only at spaces: then the row is a bit tall).
            for (String word : paragraph.split("(?<=/)(?=\\S)| ")) {
                double needed = used == 0 ? word.length() : used + 1 + word.length();
                if (needed <= perLine) {
                    used = needed;
                } else {
                    lines += used == 0 ? 0 : 1;
                    lines += (int) Math.max(0, Math.ceil(word.length() / perLine) - 1);
                    used = word.length() % perLine == 0 ? perLine : word.length() % perLine;
                }
            }
        }
        return Math.max(1, lines);
    }

    /** The row height that shows {@code lines} lines of 10-point text. */
    public static float heightInPoints(int lines) {
        return lines * POINTS_PER_LINE + 3;
    }
}
