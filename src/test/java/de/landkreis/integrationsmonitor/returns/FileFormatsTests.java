package de.landkreis.integrationsmonitor.returns;

import static de.landkreis.integrationsmonitor.returns.ReturnFixtures.german;
import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.LibreOffice;
import de.landkreis.integrationsmonitor.returns.FormatFixtures.Fixture;
import de.landkreis.integrationsmonitor.returns.FormatFixtures.NoSection;
import de.landkreis.integrationsmonitor.returns.FormatFixtures.Read;
import de.landkreis.integrationsmonitor.returns.FormatFixtures.Unreadable;
import de.landkreis.integrationsmonitor.returns.ReturnFixtures.GermanFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of issue 11 read by the reader: what other programs write is read to the value at the cell a person
 * sees, and a format the import does not read is named as a clerk knows it.
 */
class FileFormatsTests {

    private static final Pattern CELL = Pattern.compile("(?:(.+)!)?([A-Z]+)(\\d+)");

    private final DetectingReturnFileReader reader = ReturnFixtures.reader();

    static List<Fixture> fixtures() {
        return FormatFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachFileGetsItsDecision(Fixture fixture) throws Exception {
        if (fixture.libreOffice()) {
            LibreOffice.require();
        }
        Path file = FormatFixtures.directory().resolve(fixture.file());

        ReadResult result = reader.read(file, fixture.file());

        if (fixture.expected() instanceof Read read) {
            assertThat(result).isInstanceOf(ReadResult.Content.class);
            ReadResult.Content content = (ReadResult.Content) result;
            assertThat(content.format()).isEqualTo(read.format());
            assertThat(content.macros()).isEqualTo(read.macros());
            assertThat(cellText(content, read.cell())).isEqualTo(read.value());
        } else if (fixture.expected() instanceof NoSection none) {
            assertThat(result).isEqualTo(new ReadResult.Content(none.format(), none.macros(), List.of(), List.of()));
        } else {
            Unreadable unreadable = (Unreadable) fixture.expected();
            assertThat(german(result)).isEqualTo(new GermanFailure(unreadable.failure(), unreadable.detail()));
        }
    }

    /** The text read at a cell given as {@code Personal!H3} (CSV: {@code H3}), found through the table's header. */
    private static String cellText(ReadResult.Content content, String cell) {
        Matcher reference = CELL.matcher(cell);
        assertThat(reference.matches()).as(cell).isTrue();
        SectionTable table = content.tables().stream()
                .filter(t -> reference.group(1) == null || reference.group(1).equals(t.location().sheet()))
                .findFirst().orElseThrow(() -> new AssertionError("no table in " + content));
        Field field = table.columns().entrySet().stream()
                .filter(column -> column.getValue().equals(reference.group(2)))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        DataRow row = table.rows().stream().filter(r -> r.row() == Integer.parseInt(reference.group(3)))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + reference.group(3) + " in " + table));
        return row.text(field);
    }
}
