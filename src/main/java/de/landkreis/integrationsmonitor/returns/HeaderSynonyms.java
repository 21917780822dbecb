package de.landkreis.integrationsmonitor.returns;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import de.landkreis.integrationsmonitor.reference.NameKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * The closed lists of column headers and Angaben labels people use for each {@link Field}, kept as data in
 * {@code returns/header-synonyms.csv} and compared in a folded form.
 */
final class HeaderSynonyms {

    static final String RESOURCE = "returns/header-synonyms.csv";

    /** The labels of the Angaben sheet (RETURNS.md §2); the same fields are optional columns of a CSV file. */
    static final Set<Field> ANGABEN_FIELDS = EnumSet.of(Field.AGS, Field.GEMEINDE, Field.BERICHTSJAHR,
            Field.STICHTAG, Field.AUSGEFUELLT_VON, Field.EMAIL, Field.TELEFON, Field.DATUM);

    /** The columns that make a row the header of a section (RETURNS.md §2); every other column is optional. */
    private static final Map<Section, Set<Field>> REQUIRED = Map.of(
            Section.STRUKTUREN, EnumSet.of(Field.KERNTHEMA, Field.ANSPRECHPERSON, Field.NETZWERK),
            Section.PERSONAL, EnumSet.of(Field.FUNKTION, Field.VZAE, Field.BESETZT));

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private final Map<String, Field> fieldByKey;

    HeaderSynonyms(Map<String, Field> fieldByKey) {
        this.fieldByKey = Map.copyOf(fieldByKey);
    }

    /** The synonyms shipped with the application; fails at start-up when the file contradicts itself. */
    static HeaderSynonyms fromClasspath() {
        try (InputStream in = HeaderSynonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HeaderSynonyms parse(InputStream in) throws IOException {
        Map<String, Field> fields = new HashMap<>();
        try (CSVReaderHeaderAware reader = new CSVReaderHeaderAware(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> line;
            while ((line = reader.readMap()) != null) {
                Field field = Field.valueOf(line.get("field").strip());
                String synonym = line.get("synonym");
                Field previous = fields.put(key(synonym), field);
                if (previous != null && previous != field) {
                    throw new IllegalStateException("Header synonym '" + synonym + "' names both " + previous
                            + " and " + field);
                }
            }
        } catch (CsvValidationException e) {
            throw new IllegalStateException("Malformed " + RESOURCE, e);
        }
        return new HeaderSynonyms(fields);
    }

    /** Case, whitespace, punctuation ignored; umlauts equal their two-letter spelling (RETURNS.md §4). */
    static String key(String label) {
        String s = NameKey.transliterate(label.toLowerCase(Locale.GERMAN));
        return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("");
    }

    Optional<Field> field(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(fieldByKey.get(key(label)));
    }

    Set<Field> fields() {
        return EnumSet.copyOf(fieldByKey.values());
    }

    /** The section whose header this row is, with the field of each column it names (first occurrence wins). */
    Optional<SectionHeader> header(Map<Integer, CellValue> cells) {
        Map<Integer, Field> fields = new TreeMap<>();
        Set<Field> seen = EnumSet.noneOf(Field.class);
        cells.forEach((column, value) -> field(value.text())
                .filter(seen::add)
                .ifPresent(field -> fields.put(column, field)));
        for (Section section : Section.values()) {
            if (seen.containsAll(REQUIRED.get(section))) {
                return Optional.of(new SectionHeader(section, fields));
            }
        }
        return Optional.empty();
    }

    /** A recognised header row: its section and the field each column (0-based) names. */
    record SectionHeader(Section section, Map<Integer, Field> fields) {

        Map<Field, String> columnLetters() {
            Map<Field, String> letters = new EnumMap<>(Field.class);
            fields.forEach((column, field) -> letters.put(field, CellReference.convertNumToColString(column)));
            return letters;
        }
    }
}
