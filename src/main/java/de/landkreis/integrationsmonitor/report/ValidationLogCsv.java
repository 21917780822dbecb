package de.landkreis.integrationsmonitor.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the validation log as CSV the way German Excel opens it with a double click: UTF-8 with byte order mark
 * (without it Excel reads the umlauts as Windows-1252), {@code ;} as delimiter, CRLF line ends, quoting by OpenCSV.
 */
final class ValidationLogCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char DELIMITER = ';';
    private static final String LINE_END = "\r\n";

    private ValidationLogCsv() {
    }

    static void write(Path file, List<ValidationLogLine> lines) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, UTF_8);
                ICSVWriter csv = new CSVWriterBuilder(writer).withSeparator(DELIMITER).withLineEnd(LINE_END).build()) {
            // Written before the CSV writer has written anything, so it is the first character of the file.
            writer.write(BYTE_ORDER_MARK);
            csv.writeNext(ValidationLogLine.COLUMNS.toArray(String[]::new), false);
            for (ValidationLogLine line : lines) {
                csv.writeNext(Arrays.stream(line.fields()).map(SpreadsheetFormulaGuard::neutralised)
                        .toArray(String[]::new), false);
            }
            // CSVWriter keeps a write error to itself instead of throwing it.
            if (csv.checkError()) {
                throw csv.getException() != null ? csv.getException() : new IOException("Writing " + file + " failed");
            }
        }
    }
}
