package de.landkreis.integrationsmonitor.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderSynonymsTests {

    private final HeaderSynonyms synonyms = HeaderSynonyms.fromClasspath();

    @Test
    void everyFieldHasASynonym() {
        assertThat(synonyms.fields()).isEqualTo(EnumSet.allOf(Field.class));
    }

    @Test
    void theFileIsCleanUtf8() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(HeaderSynonyms.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("\uFFFD").contains("Gemeindeschlüssel", "VZÄ", "Anstellungsträger");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Gemeindeschlüssel (AGS)   | AGS",
            "GEMEINDESCHLUESSEL        | AGS",
            "amtlicher  Gemeindeschlüssel | AGS",
            "Vollzeitäquivalent(e)     | VZAE",
            "Stellenanteil (VZÄ)       | VZAE",
            "vzae                      | VZAE",
            "E-Mail:                   | EMAIL",
            "Ausgefüllt von            | AUSGEFUELLT_VON",
            "Anstellungstraeger        | ANSTELLUNGSTRAEGER",
            "Versorgte Gemeinde(n)     | VERSORGTE_GEMEINDEN"})
    void matchesAfterFolding(String label, Field expected) {
        assertThat(synonyms.field(label)).contains(expected);
    }

    @Test
    void decomposedUmlautsMatchToo() {
        assertThat(synonyms.field("VZA\u0308")).contains(Field.VZAE);
    }

    @Test
    void aHeaderNeedsTheRequiredColumnsOfItsSection() {
        assertThat(synonyms.header(Map.of(0, CellValue.text("Funktion"), 1, CellValue.text("VZÄ"),
                2, CellValue.text("Besetzt")))).hasValueSatisfying(h -> assertThat(h.section()).isEqualTo(Section.PERSONAL));
        assertThat(synonyms.header(Map.of(0, CellValue.text("Kernthema"), 1, CellValue.text("Ansprechperson"),
                2, CellValue.text("Netzwerk")))).hasValueSatisfying(h -> assertThat(h.section()).isEqualTo(Section.STRUKTUREN));
        assertThat(synonyms.header(Map.of(0, CellValue.text("Funktion"), 1, CellValue.text("VZÄ")))).isEmpty();
    }
}
