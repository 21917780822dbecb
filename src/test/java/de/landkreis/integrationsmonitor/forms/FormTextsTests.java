package de.landkreis.integrationsmonitor.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The German texts of the feature are intact UTF-8, and names become the file names the issue asks for. */
class FormTextsTests {

    @Test
    void theFormsTextsHaveTheirUmlauts() throws Exception {
        Properties bundle = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("messages_de.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(bundle.stringPropertyNames()).filteredOn(key -> key.startsWith("forms.")).hasSizeGreaterThan(100)
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("\uFFFD", "Ã"));
        assertThat(bundle.getProperty("forms.label.VZAE")).isEqualTo("VZÄ");
        assertThat(bundle.getProperty("forms.label.ANSTELLUNGSTRAEGER")).isEqualTo("Anstellungsträger");
    }

    @ParameterizedTest
    @CsvSource({
            "Kißlegg, Kisslegg",
            "Hoßkirch, Hosskirch",
            "Isny im Allgäu, Isny_im_Allgaeu",
            "Ebersbach-Musbach, Ebersbach_Musbach",
            "Königseggwald, Koenigseggwald",
            "Argenbühl, Argenbuehl",
            "'Bad Waldsee / Ost', Bad_Waldsee_Ost",
            "'..\\Café: Ölmühle?', Cafe_Oelmuehle"})
    void namesBecomeSafeAsciiFileNames(String name, String fileName) {
        assertThat(AsciiFileName.of(name)).isEqualTo(fileName);
    }
}
