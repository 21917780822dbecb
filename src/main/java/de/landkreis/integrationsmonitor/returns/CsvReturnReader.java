package de.landkreis.integrationsmonitor.returns;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads a CSV file as municipalities send it (RETURNS.md §3): encoding, delimiter and decimal convention are
 * detected per file; one record is one row, so a quoted line break does not shift the row numbers Excel shows.
 */
final class CsvReturnReader {

    private static final List<Character> DELIMITERS = List.of(';', '\t', ',');

    private final HeaderSynonyms synonyms;
    private final ImportLimits limits;

    CsvReturnReader(HeaderSynonyms synonyms, ImportLimits limits) {
        this.synonyms = synonyms;
        this.limits = limits;
    }

    /**
     * The row limit is checked before the header, as for workbooks (RETURNS.md §5): a file without a known header
     * is still read to its end, under the first delimiter, only for its rows.
     */
    ReadResult.Content read(byte[] content, String displayName) {
        String text = CsvText.decode(content);
        Optional<Character> delimiter = delimiter(text);
        SheetRecognizer sheet = new SheetRecognizer(synonyms, Location.ofFile(displayName),
                limits.maxRowsPerSheet(), false);
        try {
            readRecords(text, delimiter.orElse(DELIMITERS.get(0)), Integer.MAX_VALUE, sheet);
        } catch (UnreadableFileException e) {
            // Without a header the file has no section (D03), whatever its quotes; only the row limit goes first.
            if (delimiter.isPresent() || e.failure() == ReadFailure.TOO_MANY_ROWS) {
                throw e;
            }
        }
        List<SectionTable> tables = delimiter.flatMap(d -> sheet.table().map(table -> typed(table, d)))
                .stream().toList();
        return new ReadResult.Content(FileFormat.CSV, false, List.of(), tables);
    }

    /**
     * The delimiter under which the first rows hold a known header; candidates are tried in the order of how often
     * they occur outside quotes there. Without a header the file has no section (D03), whatever its delimiter.
     */
    private Optional<Character> delimiter(String text) {
        Map<Character, Integer> counts = countOutsideQuotes(text);
        return DELIMITERS.stream()
                .filter(d -> counts.get(d) > 0)
                .sorted(Comparator.comparing(counts::get).reversed())
                .filter(d -> hasHeader(text, d))
                .findFirst();
    }

    private boolean hasHeader(String text, char delimiter) {
        SheetRecognizer probe = new SheetRecognizer(synonyms, Location.ofFile(""), Integer.MAX_VALUE, false);
        try {
            readRecords(text, delimiter, SheetRecognizer.HEADER_SEARCH_ROWS, probe);
        } catch (UnreadableFileException e) {
            // A broken record after the header is reported by the real read, once the delimiter is known.
        }
        return probe.table().isPresent();
    }

    private static Map<Character, Integer> countOutsideQuotes(String text) {
        Map<Character, Integer> counts = new TreeMap<>();
        DELIMITERS.forEach(d -> counts.put(d, 0));
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < SheetRecognizer.HEADER_SEARCH_ROWS; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                lines++;
            } else if (!quoted && counts.containsKey(c)) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void readRecords(String text, char delimiter, int maxRecords, SheetRecognizer sheet) {
        ICSVParser parser = new CSVParserBuilder()
                .withSeparator(delimiter)
                .withQuoteChar('"')
                // Backslashes are ordinary characters in what Excel writes; only "" escapes a quote.
                .withEscapeChar(ICSVParser.NULL_CHARACTER)
                .withIgnoreLeadingWhiteSpace(false)
                .build();
        int row = 0;
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text)).withCSVParser(parser).build()) {
            String[] record;
            while (row < maxRecords && (record = reader.readNext()) != null) {
                row++;
                Map<Integer, CellValue> cells = new TreeMap<>();
                for (int column = 0; column < record.length; column++) {
                    cells.put(column, CellValue.text(record[column]));
                }
                sheet.row(row, cells);
            }
        } catch (CsvMalformedLineException e) {
            throw new UnreadableFileException(ReadFailure.DAMAGED,
                    ReadDetail.of("read.detail.unclosedQuote", row + 1), e);
        } catch (IOException | CsvValidationException e) {
            throw new UnreadableFileException(ReadFailure.DAMAGED, ReadDetail.of("read.detail.damagedCsv"), e);
        }
    }

    /** Adds the number each cell means under the file's decimal convention; the text stays as sent. */
    private static SectionTable typed(SectionTable table, char delimiter) {
        DecimalConvention convention = DecimalConvention.detect(table.rows().stream()
                .flatMap(row -> row.values().values().stream())
                .map(CellValue::text)
                .toList(), delimiter);
        Function<CellValue, CellValue> withNumber = cell -> new CellValue(cell.text(),
                NumberText.parse(cell.text(), convention).map(BigDecimal::doubleValue).orElse(null), null);
        List<DataRow> rows = table.rows().stream().map(row -> {
            Map<Field, CellValue> values = new EnumMap<>(Field.class);
            row.values().forEach((field, cell) -> values.put(field, withNumber.apply(cell)));
            return new DataRow(row.row(), Collections.unmodifiableMap(values));
        }).toList();
        return new SectionTable(table.location(), table.section(), table.columns(), rows);
    }
}
