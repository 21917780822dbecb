package de.landkreis.integrationsmonitor.letters;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import de.landkreis.integrationsmonitor.store.Letters;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The drafts of a run's Rückfragen, read back as a mail program reads them: one per municipality with errors or
 * warnings, to the right address, with the right municipality's workbook attached and the deadline in the text.
 */
class FeedbackLettersTests extends LetterTestSupport {

    @Test
    void everyRueckfrageGetsADraftToTheDirectoryAddressWithItsOwnWorkbook() throws Exception {
        ImportRunResult result = importFaultyReturns();

        Path folder = reports.resolve("briefe/20260301-100000");
        assertThat(result.lettersFolder()).isEqualTo(folder.toString());
        assertThat(names(folder)).containsExactly("Rueckfrage_08436019_Boms.eml", "Rueckfrage_08436052_Kisslegg.eml");
        MimeMessage kisslegg = Drafts.read(folder.resolve("Rueckfrage_08436052_Kisslegg.eml"));
        assertThat(kisslegg.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("integration@kisslegg.example.org"));
        assertThat(((InternetAddress) kisslegg.getFrom()[0]).getAddress())
                .isEqualTo("integration@landkreis-ravensburg.example.org");
        assertThat(kisslegg.getSubject())
                .isEqualTo("[BEISPIEL] Rückfrage zu Ihrer Rückmeldung 2025 – Kißlegg (AGS 08436052)");
        assertThat(kisslegg.getHeader("X-Unsent")).containsExactly("1");
        assertThat(kisslegg.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(kisslegg.getMessageID()).matches("<[0-9a-f-]{36}@landkreis-ravensburg\\.example\\.org>");
        assertThat(Drafts.text(kisslegg)).startsWith("Sehr geehrte Damen und Herren,")
                .contains("Rückmeldung 2025 zur Integrationsarbeit der Gemeinde Kißlegg (AGS 08436052)",
                        "am 01.03.2026 eingelesen", "„Rueckfrage_08436052_Kisslegg.xlsx“",
                        "bis zum 15.03.2026", "Landratsamt Ravensburg – Amt für Migration und Integration");

        List<Drafts.Attachment> attachments = Drafts.attachments(kisslegg);
        assertThat(attachments).extracting(Drafts.Attachment::name).containsExactly("Rueckfrage_08436052_Kisslegg.xlsx");
        Path workbook = reports.resolve("rueckfragen/20260301-100000/Rueckfrage_08436052_Kisslegg.xlsx");
        assertThat(attachments.get(0).content()).isEqualTo(Files.readAllBytes(workbook));
        assertThat(firstCell(attachments.get(0).content())).contains("Kißlegg (08436052)");
        assertThat(firstCell(Drafts.attachments(Drafts.read(folder.resolve("Rueckfrage_08436019_Boms.eml")))
                .get(0).content())).contains("Boms (08436019)");

        assertThat(letters.ofRun(lastRunId())).extracting(Letters.Letter::ags, Letters.Letter::kind,
                        Letters.Letter::year, Letters.Letter::address)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("08436019", Letters.Kind.RUECKFRAGE, 2025,
                                "buergermeisteramt@boms.example.org"),
                        org.assertj.core.groups.Tuple.tuple("08436052", Letters.Kind.RUECKFRAGE, 2025,
                                "integration@kisslegg.example.org"));
    }

    @Test
    void withoutADirectoryEntryTheDraftGoesToTheSenderOfTheReturn() throws Exception {
        importFaultyReturns();

        MimeMessage boms = Drafts.read(reports.resolve("briefe/20260301-100000/Rueckfrage_08436019_Boms.eml"));

        assertThat(boms.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("buergermeisteramt@boms.example.org"));
        assertThat(boms.getSubject()).isEqualTo("[BEISPIEL] Rückfrage zu Ihrer Rückmeldung 2025 – Boms (AGS 08436019)");
    }

    @Test
    void aRunWithoutRueckfragenWritesNoDraft() {
        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(result.lettersFolder()).isNull();
        assertThat(reports.resolve("briefe")).doesNotExist();
    }

    /** Kißlegg and Boms send a faulty Personal file each; a file naming nobody goes to the analysts' list only. */
    private ImportRunResult importFaultyReturns() {
        writeFaultyReturns();
        TestInbox.write(inbox.resolve("Ohne_AGS_Personal.csv"), PERSONAL + "99999999;;2025;EK;0,2;ja;\n", SENT);
        ImportRunResult result = importRun.run(inbox, reports, null);
        assertThat(reports.resolve("rueckfragen/20260301-100000/Rueckfragen_ohne_Gemeinde.xlsx")).isRegularFile();
        return result;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String firstCell(byte[] workbook) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    return cell.getStringCellValue();
                }
            }
        }
        return "";
    }

}
