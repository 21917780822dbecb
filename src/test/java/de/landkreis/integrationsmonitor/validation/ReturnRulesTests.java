package de.landkreis.integrationsmonitor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.returns.ReturnFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One small fixture per rule that a single file can break, read by the real reader and checked by the real
 * validator: the finding's rule, severity, row and column as a person sees them in Excel.
 */
@IntegrationTest
class ReturnRulesTests {

    private static final Path FIXTURES = Path.of("src/test/resources/validation/rules");

    @Autowired
    ReturnFileReader reader;
    @Autowired
    ReturnValidator validator;

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("D03.csv", Rule.D03, null, null, ""),
                Arguments.of("D07.csv", Rule.D07, null, null, ""),
                Arguments.of("K01.csv", Rule.K01, 2, "A", "12345"),
                Arguments.of("K02.csv", Rule.K02, 2, "B", "Ravensburg"),
                Arguments.of("K03.csv", Rule.K03, 2, "C", "2027"),
                Arguments.of("K04.csv", Rule.K04, 2, "D", "31.12.2024"),
                Arguments.of("S01.csv", Rule.S01, 2, "D", "XYZ"),
                Arguments.of("S02.csv", Rule.S02, 3, "D", "SPR"),
                Arguments.of("S03.csv", Rule.S03, 1, "D", "ANT Antidiskriminierung und Zusammenleben"),
                Arguments.of("S04.csv", Rule.S04, 2, "E", "vielleicht"),
                Arguments.of("S05.csv", Rule.S05, 2, "G", "2,5"),
                Arguments.of("S06.csv", Rule.S06, 2, "G", "3"),
                Arguments.of("Z01.csv", Rule.Z01, 2, "I", "x".repeat(80) + "…"),
                Arguments.of("P01.csv", Rule.P01, 2, "D", "Hausmeister"),
                Arguments.of("P01-none.csv", Rule.P01, 2, "D", "keine"),
                Arguments.of("P02.csv", Rule.P02, 2, "E", "19,5"),
                Arguments.of("P03.csv", Rule.P03, 2, "F", "vielleicht"),
                Arguments.of("P04.csv", Rule.P04, 2, "G", ""),
                Arguments.of("P05.csv", Rule.P05, 2, "G", "irgendwann"),
                Arguments.of("P05-after.csv", Rule.P05, 2, "G", "01.03.2026"),
                Arguments.of("P06.csv", Rule.P06, 2, "H", "30.06.2025"),
                Arguments.of("P07-employer.csv", Rule.P07, 2, "I", "Kirche"),
                Arguments.of("P07-funding.csv", Rule.P07, 2, "J", "Lotto"),
                Arguments.of("P08.csv", Rule.P08, 2, "K", "Atlantis"));
    }

    @ParameterizedTest(name = "{0} → {1} in {3}{2}")
    @MethodSource("rules")
    void fixtureBreaksItsRuleAtTheCellAPersonSees(String fixture, Rule rule, Integer row, String column,
                                                   String value) {
        ValidatedFile validated = validate(fixture);

        assertThat(validated.findings())
                .filteredOn(f -> f.rule() == rule)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(rule.severity());
                    assertThat(f.location().file()).isEqualTo(fixture);
                    assertThat(f.location().sheet()).isNull();
                    assertThat(f.location().row()).isEqualTo(row);
                    assertThat(f.location().column()).isEqualTo(column);
                    assertThat(f.value()).isEqualTo(value);
                    assertThat(f.message()).isNotBlank().doesNotContain("\uFFFD").doesNotContain("{");
                });
        if (rule.severity() == Severity.FEHLER) {
            assertThat(validated.versions()).noneMatch(SectionVersion::accepted);
        } else {
            assertThat(validated.versions()).allMatch(SectionVersion::accepted);
        }
    }

    @Test
    void anUnresolvableRowOfAJointFileRejectsThatSectionForEveryMember() {
        ValidatedFile validated = validate("K01-joint.csv");

        Finding k01 = validated.findings().stream().filter(f -> f.rule() == Rule.K01).findFirst().orElseThrow();
        assertThat(k01.location().row()).isEqualTo(4);
        assertThat(validated.versions()).extracting(SectionVersion::ags).containsExactly("08436019", "08436024");
        assertThat(validated.versions()).allSatisfy(v -> {
            assertThat(v.accepted()).isFalse();
            assertThat(v.findings()).contains(k01);
        });
    }

    @Test
    void rowsOfOneMunicipalitySpelledDifferentlyAreOneSection() {
        ValidatedFile validated = validate("spellings-joint.csv");

        assertThat(validated.findings()).isEmpty();
        assertThat(validated.versions()).singleElement().satisfies(v -> {
            assertThat(v.ags()).isEqualTo("08436019");
            assertThat(v.accepted()).isTrue();
            assertThat(v.positions()).extracting(p -> p.sourceRow()).containsExactly(2, 3, 4);
        });
    }

    @Test
    void anUnknownFunctionDoesNotHideTheOtherErrorsOfItsRow() {
        List<String> found = validate("P01-and-P02.csv").findings().stream()
                .map(f -> f.rule() + " " + f.location().column() + f.location().row()).toList();

        assertThat(found).containsExactly("P01 D2", "P02 E2");
    }

    @Test
    void aFileThatCannotBeReadIsToldWhyInGerman(@TempDir Path dir) throws IOException {
        Path pdf = Files.writeString(dir.resolve("bericht.xlsx"), "%PDF-1.7\n", StandardCharsets.US_ASCII);
        Path empty = Files.createFile(dir.resolve("leer.csv"));

        assertThat(validate(pdf).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.D01);
            assertThat(f.message()).isEqualTo("Dateityp wird nicht unterstützt (PDF-Dokument). Bitte die Datei im "
                    + "Tabellenprogramm mit „Speichern unter“ als Excel-Arbeitsmappe (.xlsx), OpenDocument-Tabelle "
                    + "(.ods) oder CSV-Datei speichern und erneut senden.");
        });
        assertThat(validate(empty).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.D02);
            assertThat(f.message())
                    .isEqualTo("Die Datei ist leer (0 Byte). Bitte die Rückmeldung erneut senden lassen.");
        });
    }

    @Test
    void messagesNameTheMunicipality() {
        Finding finding = validate("P02.csv").findings().get(0);

        assertThat(finding.message()).startsWith("Kißlegg (08436052):").contains("Wochenstunden");
        assertThat(finding.ags()).isEqualTo("08436052");
    }

    @Test
    void cleanReturnsHaveNoFindingAndKeepTheirValues() {
        ValidatedFile structures = validate("strukturen-ok.csv");
        ValidatedFile staff = validate("personal-ok.csv");

        assertThat(structures.findings()).isEmpty();
        assertThat(structures.versions()).singleElement().satisfies(v -> {
            assertThat(v.accepted()).isTrue();
            assertThat(v.year()).isEqualTo(2025);
            assertThat(v.answers()).hasSize(11);
        });
        assertThat(staff.findings()).isEmpty();
        SectionVersion version = staff.versions().get(0);
        assertThat(version.positions()).hasSize(2);
        assertThat(version.positions().get(0).funding()).hasSize(2);
        assertThat(version.positions().get(1).servedAgs()).containsExactly("08436052", "08436053", "08436094");
        assertThat(version.positions().get(1).employerName()).isEqualTo("Caritas");
    }

    @Test
    void aKeineRowAloneIsAValidReturnWithoutPositions() {
        ValidatedFile validated = validate("personal-keine.csv");

        assertThat(validated.findings()).isEmpty();
        assertThat(validated.versions()).singleElement().satisfies(v -> assertThat(v.accepted()).isTrue());
    }

    @Test
    void allRulesAreCheckedAfterAFirstError() {
        List<String> found = validate("many-errors.csv").findings().stream()
                .map(f -> f.rule() + " " + f.location().column() + f.location().row()).toList();

        assertThat(found).containsExactly("P02 E2", "P03 F2", "P07 I2", "P07 J2", "P08 K2");
    }

    private ValidatedFile validate(String fixture) {
        return validate(FIXTURES.resolve(fixture));
    }

    private ValidatedFile validate(Path file) {
        String name = file.getFileName().toString();
        return validator.validate(name, reader.read(file, name));
    }
}
