package de.landkreis.integrationsmonitor.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "0,5      | COMMA | 0.5",
            "0.5      | POINT | 0.5",
            "'0,5     | COMMA | 0.5",
            "50 %     | COMMA | 0.5",
            "50%      | POINT | 0.5",
            "12,5 %   | COMMA | 0.125",
            "1.000    | COMMA | 1000",
            "1,000    | POINT | 1000",
            "1.234,5  | COMMA | 1234.5",
            ",75      | COMMA | 0.75",
            "-2       | COMMA | -2",
            "' 3      | POINT | 3"})
    void parsesUnderTheConvention(String text, DecimalConvention convention, BigDecimal expected) {
        assertThat(NumberText.parse(text, convention)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ja", "0,5 VZÄ", "1.00.0", "31.12.2025", "12.5", "-", "%"})
    void rejectsWhatIsNoNumberUnderTheCommaConvention(String text) {
        assertThat(NumberText.parse(text, DecimalConvention.COMMA)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0,5 | 0.5", "0.5 | 0.5", "1.000 | 1000", "39 | 39"})
    void readsATextCellGermanFirst(String text, BigDecimal expected) {
        assertThat(NumberText.of(CellValue.text(text))).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0,5;0,25;1.000 | ; | COMMA",
            "0.5;0.25;1,000 | ; | POINT",
            "1.000;2        | , | POINT",
            "1.000;2        | ; | COMMA"})
    void detectsTheConventionOfAFile(String texts, char delimiter, DecimalConvention expected) {
        assertThat(DecimalConvention.detect(List.of(texts.split(";")), delimiter)).isEqualTo(expected);
    }
}
