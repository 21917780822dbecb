package de.landkreis.integrationsmonitor.returns;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.TestMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Every reason a file cannot be read has its German text in the bundle, with numbers as people count them. */
class ReadDetailTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern READ_KEY = Pattern.compile("\"(read\\.(?:type|detail)\\.[A-Za-z0-9_.]+)\"");

    private final MessageSource messages = TestMessages.german();

    @Test
    void everyKeyTheSourcesNameHasAText() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = READ_KEY.matcher(Files.readString(source));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }

        assertThat(keys).hasSizeGreaterThan(25).allSatisfy(key ->
                assertThat(messages.getMessage(key, null, null, Locale.GERMANY)).as(key).isNotBlank());
    }

    @Test
    void rowLimitsAndRowNumbersAreWrittenWithoutGrouping() {
        assertThat(messages.getMessage(ReadDetail.of("read.detail.tooManyRows.sheet", 5000, "Personal"),
                Locale.GERMANY)).isEqualTo("Das Tabellenblatt „Personal“ hat mehr als 5000 Zeilen.");
        assertThat(messages.getMessage(ReadDetail.of("read.detail.unclosedQuote", 1234), Locale.GERMANY))
                .isEqualTo("Ein Anführungszeichen in Zeile 1234 wird bis zum Dateiende nicht geschlossen.");
    }
}
