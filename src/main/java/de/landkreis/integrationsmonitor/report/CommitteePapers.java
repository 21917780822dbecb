package de.landkreis.integrationsmonitor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the committee receives beside the workbook (REPORT.md "Files per reporting year"): the Mitteilungsvorlage
 * draft, and the tagged PDFs of the report and of the draft for the council information system when the conversion
 * is on and LibreOffice is found. Nothing here fails a run: each problem is a German line for the console.
 */
@Component
public class CommitteePapers {

    private final InformationPaperWriter drafts;
    private final PdfProperties pdf;
    private final PdfConversion conversion;

    CommitteePapers(InformationPaperWriter drafts, PdfProperties pdf) {
        this.drafts = drafts;
        this.pdf = pdf;
        this.conversion = new PdfConversion(pdf, System.getenv("PATH"));
    }

    /** The tagged PDF of the report or of the draft: {@code Integrationsbericht_<year>.pdf} beside the workbook. */
    public static Path pdfOf(Path document) {
        return PdfConversion.pdfOf(document);
    }

    /**
     * The draft written for one year.
     *
     * @param notices the lines for the console, in order
     */
    public record Draft(Path file, List<PaperNotice> notices) {
    }

    /**
     * The PDFs written for one year.
     *
     * @param pdfs    none when the conversion is off or failed
     * @param notices the lines for the console, in order
     */
    public record Pdfs(List<Path> pdfs, List<PaperNotice> notices) {
    }

    /**
     * Writes the Mitteilungsvorlage draft from the figures the report of the same run shows.
     *
     * @param dataAsOf the report's Datenstand
     */
    public Draft writeDraft(Path reportsDir, ReportYear figures, Instant dataAsOf) throws IOException {
        List<PaperNotice> notices = new ArrayList<>();
        InformationPaperWriter.Draft draft = drafts.write(reportsDir, figures, dataAsOf);
        draft.templateNotice().ifPresent(notices::add);
        notices.add(PaperNotice.of("papers.draft", draft.file()));
        return new Draft(draft.file(), notices);
    }

    /**
     * Converts the report and the draft of one year into PDFs. PDFs of an earlier run are removed first: a PDF beside
     * a newer workbook would show other figures.
     */
    public Pdfs writePdfs(Path reportsDir, int year) throws IOException {
        List<PaperNotice> notices = new ArrayList<>();
        List<Path> documents = List.of(CommitteeReportWriter.reportFile(reportsDir, year),
                InformationPaperWriter.paperFile(reportsDir, year));
        for (Path document : documents) {
            Files.deleteIfExists(pdfOf(document));
        }
        List<Path> pdfs = pdf.enabled() ? conversion.convert(documents, notices) : List.of();
        return new Pdfs(pdfs, notices);
    }
}
