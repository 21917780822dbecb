package de.landkreis.integrationsmonitor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;

import de.landkreis.integrationsmonitor.samples.SampleInputManifest.ExpectedFinding;
import de.landkreis.integrationsmonitor.samples.SampleInputManifest.SampleFile;

class SampleInputGeneratorTests {

    private static final Path COMMITTED = Path.of("input");

    @TempDir
    static Path first;

    @TempDir
    static Path second;

    private static SampleInputManifest manifest;

    @BeforeAll
    static void generate() throws IOException {
        manifest = SampleInputGenerator.write(first);
        SampleInputGenerator.write(second);
    }

    @Test
    void writesTheFilesOfTheCommittedInbox() throws IOException {
        List<String> generated = files(first);
        assertThat(generated).hasSize(73).isEqualTo(files(COMMITTED));
        assertThat(manifest.files()).extracting(SampleFile::path).isEqualTo(generated);
        assertThat(generated).filteredOn(p -> p.endsWith(".xls")).hasSize(1);
    }

    @Test
    void isDeterministicAndMatchesTheCommittedBytes() throws IOException {
        for (String file : files(first)) {
            byte[] bytes = Files.readAllBytes(first.resolve(file));
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(bytes);
            assertThat(Files.readAllBytes(COMMITTED.resolve(file))).as("committed " + file).isEqualTo(bytes);
        }
    }

    @Test
    void theCommittedManifestIsCurrent() throws IOException {
        assertThat(Files.readString(Path.of("docs/BEISPIELDATEN.md"), StandardCharsets.UTF_8))
                .isEqualTo(manifest.toMarkdown());
    }

    @Test
    void everyFileIsMarkedFictitious() throws IOException {
        for (SampleFile file : manifest.files()) {
            Path path = first.resolve(file.path());
            if (file.path().endsWith(".csv")) {
                assertThat(decode(path, file).lines().findFirst().orElseThrow()).as(file.path())
                        .contains(SampleFileWriter.FICTITIOUS);
            } else {
                try (Workbook wb = WorkbookFactory.create(path.toFile(), null, true)) {
                    assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).as(file.path())
                            .isEqualTo(SampleFileWriter.FICTITIOUS);
                }
            }
        }
    }

    @Test
    void expectedFindingsPointAtTheCellsTheyName() throws IOException {
        assertThat(manifest.findings()).extracting(ExpectedFinding::code)
                .containsExactlyInAnyOrder("S06", "S03", "P01", "S03", "P04", "P06", "S01", "K02", "P02", "K05");
        for (ExpectedFinding f : manifest.findings()) {
            String cell = cellText(f);
            switch (f.code()) {
                case "S03" -> assertThat(cell).as(f.toString()).isEqualTo("Kernthema");
                case "K05" -> assertThat(cell).as(f.toString()).isEqualTo("Funktion");
                case "P04" -> assertThat(cell).as(f.toString()).isEmpty();
                default -> assertThat(cell).as(f.toString()).isEqualTo(f.value());
            }
        }
    }

    @Test
    void statusesCoverEveryMunicipalityAndYear() {
        assertThat(manifest.statuses()).hasSize(78);
        assertThat(manifest.statuses().entrySet()).filteredOn(e -> e.getKey().startsWith("2025/"))
                .extracting(e -> e.getValue())
                .containsOnly("vollständig", "unvollständig", "fehlerhaft", "fehlt");
        assertThat(manifest.status(SampleInputGenerator.AITRACH, 2025)).isEqualTo("unvollständig");
        assertThat(manifest.status(SampleInputGenerator.EBERSBACH_MUSBACH, 2025)).isEqualTo("fehlerhaft");
    }

    private static String cellText(ExpectedFinding f) throws IOException {
        Path path = first.resolve(f.file());
        SampleFile file = manifest.files().stream().filter(s -> s.path().equals(f.file())).findFirst().orElseThrow();
        if (f.sheet() == null) {
            CSVReader reader = new CSVReaderBuilder(new StringReader(decode(path, file)))
                    .withCSVParser(new CSVParserBuilder().withSeparator(separator(file)).build()).build();
            try (reader) {
                String[] record = reader.readAll().get(f.row() - 1);
                return record[CellReference.convertColStringToIndex(f.column())];
            } catch (com.opencsv.exceptions.CsvException e) {
                throw new IllegalStateException(e);
            }
        }
        try (InputStream in = Files.newInputStream(path); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(f.sheet());
            Cell cell = sheet.getRow(f.row() - 1).getCell(CellReference.convertColStringToIndex(f.column()));
            return cell == null ? "" : new DataFormatter(java.util.Locale.GERMANY).formatCellValue(cell);
        }
    }

    private static String decode(Path path, SampleFile file) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        Charset charset = file.format().contains("windows-1252") ? Charset.forName("windows-1252")
                : file.format().contains("UTF-16") ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static char separator(SampleFile file) {
        return file.format().startsWith("CSV ,") ? ',' : file.format().startsWith("CSV Tab") ? '\t' : ';';
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
