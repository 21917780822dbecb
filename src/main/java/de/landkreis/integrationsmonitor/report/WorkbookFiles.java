package de.landkreis.integrationsmonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Workbook;

/** Saves the office's workbooks: written beside the target and moved over it, so nobody opens a half-written file. */
public final class WorkbookFiles {

    private WorkbookFiles() {
    }

    /**
     * @param file where the workbook belongs; its folder is created when missing, an earlier file is replaced
     * @return the file
     */
    public static Path save(Workbook workbook, Path file) throws IOException {
        return save(file, workbook::write);
    }

    /** What a document does to write itself, such as {@code XWPFDocument::write}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Any document the office writes (a Word draft, an e-mail draft too), written beside the target and moved over it. */
    public static Path save(Path file, Content content) throws IOException {
        Path directory = Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(directory, file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }
}
