package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadsheetFormulaGuardTests {

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
                Arguments.of("-5", "'-5"),
                Arguments.of("+1", "'+1"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\tText nach Tabulator", "'\tText nach Tabulator"),
                Arguments.of("\rText nach Wagenrücklauf", "'\rText nach Wagenrücklauf"),
                Arguments.of("19,5", "19,5"),
                Arguments.of("a=b", "a=b"),
                Arguments.of(" =1", " =1"),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void neutralisesOnlyFieldsThatStartLikeAFormula(String field, String written) {
        assertThat(SpreadsheetFormulaGuard.neutralised(field)).isEqualTo(written);
    }
}
