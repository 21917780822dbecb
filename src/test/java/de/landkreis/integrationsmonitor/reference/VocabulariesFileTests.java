package de.landkreis.integrationsmonitor.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** The vocabularies file, which the office may replace: a wrong line stops the start, naming file and line. */
class VocabulariesFileTests {

    private static final String HEADER = "vocabulary,code,spelling,offered\n";

    @TempDir
    Path folder;

    @Test
    void theShippedFileIsRead() {
        Vocabularies shipped = ReferenceCsv.vocabularies(new ClassPathResource("reference/vocabularies.csv"));

        assertThat(shipped.yesNo().offeredSpellings()).containsExactly("ja", "nein");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ANSWER,VIELLEICHT,vielleicht,true | „VIELLEICHT“ ist kein Code der Wortliste ANSWER (erwartet: JA, NEIN",
            "ANTWORT,JA,ja,true | „ANTWORT“ ist keine Wortliste (erwartet: ANSWER, EMPLOYER, FUNCTION, FUNDING)."})
    void aWrongLineStopsTheStartNamingFileAndLine(String line, String reason) throws Exception {
        Path file = Files.writeString(folder.resolve("vocabularies.csv"), HEADER + "ANSWER,JA,ja,true\n" + line + "\n",
                StandardCharsets.UTF_8);
        FileSystemResource resource = new FileSystemResource(file);

        assertThatThrownBy(() -> ReferenceCsv.vocabularies(resource))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageStartingWith("Referenzdatei " + resource.getDescription() + ", Zeile 3: " + reason);
    }
}
