package de.landkreis.integrationsmonitor.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two files of one run's validation log, with the same base name.
 *
 * @param csv      the log as CSV, e.g. {@code pruefprotokolle/Pruefprotokoll_20260302-060000.csv}
 * @param workbook the log as Excel workbook with the rule sheet, e.g. {@code …/Pruefprotokoll_20260302-060000.xlsx}
 */
public record ValidationLogFiles(Path csv, Path workbook) {

    /**
     * Creates both files empty under the first free name {@code base}, {@code base-2}, {@code base-3} …, so a log is
     * never overwritten, even by a second run started in the same second. Creating is atomic, so two writers
     * cannot claim the same name.
     */
    static ValidationLogFiles claim(Path directory, String baseName) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String name = attempt == 1 ? baseName : baseName + "-" + attempt;
            Path csv = directory.resolve(name + ".csv");
            Path workbook = directory.resolve(name + ".xlsx");
            if (!created(csv)) {
                continue;
            }
            if (!created(workbook)) {
                Files.delete(csv);
                continue;
            }
            return new ValidationLogFiles(csv, workbook);
        }
    }

    void deleteIfPresent() throws IOException {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(workbook);
    }

    private static boolean created(Path file) throws IOException {
        try {
            Files.createFile(file);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        }
    }
}
