package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The papers beside the report with the conversion off, as every test but the PDF tests runs them. */
class CommitteePapersTests extends ReportContext {

    @Autowired
    CommitteeReportWriter reportWriter;
    @Autowired
    CommitteePapers papers;

    @TempDir
    Path reports;

    @Test
    void theDraftIsWrittenAndAPdfOfAnEarlierRunRemovedSoNoPdfShowsOtherFiguresThanItsWorkbook() throws IOException {
        CommitteeFixture.load(fixtures());
        reportWriter.write(reports, figures.reportYear(2025), CommitteeFixture.DATA_AS_OF);
        Path oldReportPdf = Files.writeString(reports.resolve("2025").resolve("Integrationsbericht_2025.pdf"), "alt");
        Path oldDraftPdf = Files.writeString(reports.resolve("2025").resolve("Mitteilungsvorlage_2025.pdf"), "alt");

        CommitteePapers.Draft written = papers.writeDraft(reports, figures.reportYear(2025), CommitteeFixture.DATA_AS_OF);
        CommitteePapers.Pdfs pdfs = papers.writePdfs(reports, 2025);

        Path draft = reports.resolve("2025").resolve("Mitteilungsvorlage_2025.docx");
        assertThat(written.file()).isEqualTo(draft).isRegularFile();
        assertThat(pdfs.pdfs()).isEmpty();
        assertThat(written.notices()).containsExactly(new PaperNotice("papers.draft", List.of(draft)));
        assertThat(pdfs.notices()).isEmpty();
        assertThat(oldReportPdf).doesNotExist();
        assertThat(oldDraftPdf).doesNotExist();
        assertThat(CommitteePapers.pdfOf(draft)).isEqualTo(oldDraftPdf);
    }
}
