package de.landkreis.integrationsmonitor.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTests {

    private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

    @ParameterizedTest
    @ValueSource(strings = {"31.12.2025", "31.12.25", "2025-12-31", " 31.12.2025 ", "46022", "'31.12.2025"})
    void readsTheSpellingsOfADate(String text) {
        assertThat(DateText.parse(text)).contains(END_OF_2025);
        assertThat(DateText.of(CellValue.text(text))).contains(END_OF_2025);
    }

    @Test
    void readsAnExcelSerialNumberCell() {
        assertThat(DateText.of(new CellValue("45657", 45657.0, null))).contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aRealDateWins() {
        assertThat(DateText.of(new CellValue("31.12.2025", null, END_OF_2025))).contains(END_OF_2025);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "31.02.2025", "2025", "Ende 2025", "12/31/2025", "32.12.2025", "0,5"})
    void rejectsWhatIsNoDate(String text) {
        assertThat(DateText.parse(text)).isEmpty();
    }

    @Test
    void nullIsNoDate() {
        assertThat(DateText.of(null)).isEmpty();
        assertThat(DateText.parse(null)).isEmpty();
    }
}
