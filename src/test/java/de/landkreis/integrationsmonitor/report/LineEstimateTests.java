package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineEstimateTests {

    @Test
    void wrapsWordByWordAsExcelDoes() {
        assertThat(LineEstimate.lines("Anteil Landesförderung", 16)).isEqualTo(2);
        assertThat(LineEstimate.lines("VZÄ IB", 9)).isEqualTo(1);
        assertThat(LineEstimate.lines("Zeile eins\nZeile zwei", 40)).isEqualTo(2);
    }

    @Test
    void aWordLongerThanTheColumnTakesSeveralLines() {
        assertThat(LineEstimate.lines("Anteil Landesförderung", 12)).isEqualTo(3);
        assertThat(LineEstimate.lines("x".repeat(30), 10)).isEqualTo(3);
    }
}
