package de.landkreis.integrationsmonitor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticReturnsTests {

    @TempDir
    Path dir;

    @TempDir
    Path again;

    @Test
    void writesTheRegisterAndTheRequestedNumberOfFiles() throws IOException {
        SyntheticReturns.write(dir, 20, 42L);

        List<String> register = Files.readAllLines(dir.resolve("register.csv"), StandardCharsets.UTF_8);
        assertThat(register.get(0)).isEqualTo("ags,name,type,population,population_date,admin_union");
        assertThat(register).hasSize(1 + 1_101);
        assertThat(register.subList(1, register.size()))
                .allSatisfy(line -> assertThat(line).matches("08\\d{6},[^,]+,(Stadt|Gemeinde),\\d+,2022-05-15,.*"))
                .extracting(line -> line.substring(0, 8)).doesNotHaveDuplicates();
        assertThat(returnFiles(dir)).hasSize(20)
                .allSatisfy(p -> assertThat(p).matches("202[345]/08\\d{3}/Rueckmeldung_.*\\.(xlsx|xls|csv)"));
    }

    @Test
    void sameSeedGivesTheSameFiles() throws IOException {
        SyntheticReturns.write(dir, 20, 7L);
        SyntheticReturns.write(again, 20, 7L);

        assertThat(returnFiles(again)).isEqualTo(returnFiles(dir));
        for (String file : returnFiles(dir)) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(dir.resolve(file)));
        }
    }

    private static List<String> returnFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("register.csv")).sorted().toList();
        }
    }
}
