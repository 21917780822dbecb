package de.landkreis.integrationsmonitor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jodconverter.core.office.OfficeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDFs of one run: finds LibreOffice, starts it once in a temporary folder of the run's own (its profile, removed
 * afterwards), converts each document beside itself ({@code X.xlsx} → {@code X.pdf}) and stops it. Whatever goes
 * wrong is a German line for the console and details in the log, never a failed run: without LibreOffice there are no
 * PDFs, a conversion that fails leaves out its PDF, one cut off after the timeout ends the conversions of the run.
 */
final class PdfConversion {

    private static final Logger log = LoggerFactory.getLogger(PdfConversion.class);

    /** A cold start of LibreOffice on a busy server takes some seconds: it gets the timeout, but never less. */
    static final Duration LEAST_START_TIMEOUT = Duration.ofSeconds(60);

    private final PdfProperties properties;
    private final String pathVariable;

    /** @param pathVariable the PATH on which to look for {@code soffice} when no installation is configured */
    PdfConversion(PdfProperties properties, String pathVariable) {
        this.properties = properties;
        this.pathVariable = pathVariable;
    }

    /** The PDF of a document: beside it, named like it. */
    static Path pdfOf(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return document.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".pdf");
    }

    /**
     * @param notices receives the lines for the console, one per PDF written or per problem
     * @return the PDFs written
     */
    List<Path> convert(List<Path> documents, List<PaperNotice> notices) {
        Optional<Path> home = office(notices);
        if (home.isEmpty()) {
            return List.of();
        }
        List<Path> written = new ArrayList<>();
        Path folder;
        try {
            folder = Files.createTempDirectory("integrationsmonitor-pdf-");
        } catch (IOException e) {
            log.error("Temporärer Ordner für LibreOffice nicht anlegbar", e);
            notices.add(PaperNotice.of("papers.pdf.notStarted"));
            return written;
        }
        try {
            OfficePdf office;
            try {
                office = OfficePdf.start(home.get(), folder, startTimeout(), properties.timeout());
            } catch (OfficeException e) {
                log.error("LibreOffice unter {} nicht gestartet", home.get(), e);
                notices.add(PaperNotice.of("papers.pdf.notStarted"));
                return written;
            }
            try {
                for (Path document : documents) {
                    Path pdf = pdfOf(document);
                    try {
                        office.convert(document, pdf);
                        written.add(pdf);
                        notices.add(PaperNotice.of("papers.pdf", pdf));
                    } catch (OfficePdf.TimedOut e) {
                        log.error("Umwandlung von {} in PDF nach {} abgebrochen", document, properties.timeout(), e);
                        notices.add(PaperNotice.of("papers.pdf.timeout", document.getFileName().toString(),
                                seconds(properties.timeout())));
                        break;
                    } catch (OfficeException | RuntimeException e) {
                        log.error("Umwandlung von {} in PDF fehlgeschlagen", document, e);
                        notices.add(PaperNotice.of("papers.pdf.failed", document.getFileName().toString()));
                    }
                }
            } finally {
                stop(office);
            }
        } finally {
            delete(folder);
        }
        return written;
    }

    private Optional<Path> office(List<PaperNotice> notices) {
        String configured = properties.officeHome() == null ? "" : properties.officeHome().strip();
        if (!configured.isEmpty()) {
            Path home = Path.of(configured);
            if (OfficeInstallation.isHome(home)) {
                return Optional.of(home);
            }
            notices.add(PaperNotice.of("papers.pdf.officeHomeMissing", configured));
            return Optional.empty();
        }
        Optional<Path> home = OfficeInstallation.onPath(pathVariable);
        if (home.isEmpty()) {
            notices.add(PaperNotice.of("papers.pdf.noOffice"));
        }
        return home;
    }

    private Duration startTimeout() {
        return properties.timeout().compareTo(LEAST_START_TIMEOUT) > 0 ? properties.timeout() : LEAST_START_TIMEOUT;
    }

    private static void stop(OfficePdf office) {
        try {
            office.close();
        } catch (OfficeException | RuntimeException e) {
            log.warn("LibreOffice nicht sauber beendet", e);
        }
    }

    /** The timeout as the console states it: {@code 120}, or {@code 0,5} in a test. */
    private static String seconds(Duration timeout) {
        NumberFormat format = NumberFormat.getNumberInstance(ReportTexts.GERMAN);
        format.setMaximumFractionDigits(3);
        return format.format(timeout.toMillis() / 1000.0);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Temporärer Ordner {} nicht ganz gelöscht", folder, e);
        }
    }
}
