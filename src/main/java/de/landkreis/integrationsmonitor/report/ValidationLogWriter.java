package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.RuleCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the validation log (Prüfprotokoll) of one run into {@code <reports>/pruefprotokolle/}: every finding in
 * the order given, once as CSV for other tools and once as printable workbook with the rule catalogue beside it.
 */
@Component
public class ValidationLogWriter {

    static final String DIRECTORY = "pruefprotokolle";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ValidationLogWorkbook workbook;

    public ValidationLogWriter(District district, RuleCatalogue catalogue, MessageSource messages) {
        this.workbook = new ValidationLogWorkbook(messages, catalogue, PrintLayout.withGridlines(district.officeName(), messages));
    }

    /**
     * Writes both files under a name no earlier log has, e.g. {@code Pruefprotokoll_20260302-060000.csv} and
     * {@code .xlsx}; a second log of the same second gets {@code -2}. On failure neither file is left behind.
     *
     * @param reportsDir the reports directory; {@code pruefprotokolle} below it is created when missing
     * @param runStart   when the run started, in the district's time zone; names the files and titles the workbook
     */
    public ValidationLogFiles write(Path reportsDir, LocalDateTime runStart, List<Finding> findings)
            throws IOException {
        Path directory = Files.createDirectories(reportsDir.resolve(DIRECTORY));
        List<ValidationLogLine> lines = findings.stream().map(ValidationLogLine::of).toList();
        ValidationLogFiles files = ValidationLogFiles.claim(directory, "Pruefprotokoll_" + runStart.format(FILE_TIME));
        try {
            ValidationLogCsv.write(files.csv(), lines);
            workbook.write(files.workbook(), runStart, lines);
        } catch (IOException | RuntimeException failure) {
            // A half-written log would look complete to the person who opens it.
            try {
                files.deleteIfPresent();
            } catch (IOException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
            throw failure;
        }
        return files;
    }
}
