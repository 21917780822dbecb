package de.landkreis.integrationsmonitor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.process.PureJavaProcessManager;

/**
 * One LibreOffice process, started through JODConverter, that prints documents into tagged PDFs (PDF/UA: a structure
 * tree, the document title shown instead of the file name, headings as bookmarks). The process runs with a profile
 * of its own in the given folder, set to German number and date formats, so a workbook prints {@code 79,5 %}
 * whatever the server's locale, and no LibreOffice the same user has open elsewhere takes the conversion over.
 * Several conversions share the process; its start and each conversion are cut off after their timeouts.
 */
final class OfficePdf implements AutoCloseable {

    /** LibreOffice's settings for a profile: German (Germany) as locale for formats and as document language. */
    private static final String GERMAN_PROFILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
            <value>de-DE</value></prop></item>
            <item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse">\
            <value>de-DE</value></prop></item>
            </oor:items>
            """;

    /** The PDF export's options (LibreOffice's filter data of writer_pdf_Export and calc_pdf_Export). */
    private static final Map<String, Object> TAGGED_PDF = Map.of(
            "UseTaggedPDF", true,
            "PDFUACompliance", true,
            "DisplayPDFDocumentTitle", true,
            "ExportBookmarks", true);

    private final LocalOfficeManager office;
    private final LocalConverter converter;

    private OfficePdf(LocalOfficeManager office) {
        this.office = office;
        this.converter = LocalConverter.builder().officeManager(office).storeProperty("FilterData", TAGGED_PDF)
                .build();
    }

    /**
     * Starts LibreOffice.
     *
     * @param home              the installation folder (holding {@code program/soffice})
     * @param workFolder        a private folder for the process's profile; it must exist
     * @param startTimeout      how long LibreOffice may take to start and to stop
     * @param conversionTimeout how long each conversion may take
     */
    static OfficePdf start(Path home, Path workFolder, Duration startTimeout, Duration conversionTimeout)
            throws OfficeException {
        Path template = workFolder.resolve("profile-template");
        try {
            Files.createDirectories(template.resolve("user"));
            Files.writeString(template.resolve("user").resolve("registrymodifications.xcu"), GERMAN_PROFILE,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OfficeException("Profil für LibreOffice nicht anlegbar in " + workFolder, e);
        }
        LocalOfficeManager office = LocalOfficeManager.builder()
                .officeHome(home.toFile())
                .workingDir(workFolder.toFile())
                .templateProfileDir(template.toFile())
                .portNumbers(freePort())
                .processManager(PureJavaProcessManager.getDefault())
                .processTimeout(Math.max(1, startTimeout.toMillis()))
                .taskExecutionTimeout(Math.max(1, conversionTimeout.toMillis()))
                .build();
        try {
            office.start();
        } catch (OfficeException e) {
            // A process that started but never answered is not left behind.
            try {
                office.stop();
            } catch (OfficeException | RuntimeException stopping) {
                e.addSuppressed(stopping);
            }
            throw e;
        }
        return new OfficePdf(office);
    }

    /**
     * Converts a workbook or Word document into a tagged PDF; the PDF appears only when complete.
     *
     * @throws TimedOut when the conversion took longer than the timeout; the process is no longer to be used
     */
    void convert(Path document, Path pdf) throws OfficeException, TimedOut {
        Path partial = pdf.resolveSibling(pdf.getFileName() + ".part");
        try {
            converter.convert(document.toFile()).to(partial.toFile()).as(DefaultDocumentFormatRegistry.PDF)
                    .execute();
            Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING);
        } catch (OfficeException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new TimedOut(e);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // Left behind only if the folder refuses deletion; the next run replaces it.
            }
        }
    }

    /** Stops the process and removes its profile. */
    @Override
    public void close() throws OfficeException {
        office.stop();
    }

    private static int freePort() throws OfficeException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new OfficeException("Kein freier Port für LibreOffice", e);
        }
    }

    /** A conversion cut off after the timeout. */
    static final class TimedOut extends Exception {
        TimedOut(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
