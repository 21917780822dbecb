package de.landkreis.integrationsmonitor.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.landkreis.integrationsmonitor.ImapTestServer;
import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.letters.Drafts;
import de.landkreis.integrationsmonitor.letters.SmtpTestServer;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 18 done: with the office mailbox read (IMAPS) and sending switched on (SMTP), a return sent by e-mail from a
 * municipality's domain is imported and answered by the next run without anyone touching a file; nothing is sent
 * twice, and a stranger's message is neither imported nor answered.
 */
class MailboxRoundTripJobTests extends ImportTestSupport {

    private static final String KISSLEGG = "integration@kisslegg.example.org";

    @RegisterExtension
    static GreenMailExtension smtp = SmtpTestServer.extension();

    @DynamicPropertySource
    static void mailboxAndSendingOn(DynamicPropertyRegistry registry) {
        ImapTestServer.properties(registry);
        registry.add("spring.mail.host", () -> SmtpTestServer.HOST);
        registry.add("spring.mail.port", () -> SmtpTestServer.PORT);
        registry.add(SmtpTestServer.PLAIN_RELAY, () -> "false");
        registry.add("integrationsmonitor.mail.sending.enabled", () -> "true");
        registry.add("integrationsmonitor.report.sample-data", () -> "false");
    }

    @RegisterExtension
    static Extension mailbox = ImapTestServer.extension();

    @Test
    void aReturnMailedFromAMunicipalityIsImportedAndItsRueckfrageSentOnceAndAStrangerGetsNothing() throws Exception {
        // Personal with VZÄ 19,5: rule P02, a FEHLER, so the run answers with a Rückfrage.
        byte[] staff = Files.readAllBytes(
                Path.of("src/test/resources/web/Rueckmeldung_2025_08436052_Kisslegg_Personal.csv"));
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "Rückmeldung Personal", "Personal.csv", staff));
        ImapTestServer.deliver(ImapTestServer.message("jemand@fremd.example.com", "Rückmeldung", "Personal.csv",
                staff));

        assertThat(importRun.run(inbox, reports, null).completed()).isTrue();

        assertThat(jdbc.sql("select relative_path from received_file").query(String.class).list())
                .containsExactly("postfach/20260301/08436052_Personal.csv");
        assertThat(jdbc.sql("select sender || ' ' || status from mail_message order by sender").query(String.class)
                .list()).containsExactly(KISSLEGG + " TAKEN_IN", "jemand@fremd.example.com WAITING");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress(KISSLEGG));
        assertThat(received[0].getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(Drafts.attachments(received[0])).extracting(Drafts.Attachment::name)
                .containsExactly("Rueckfrage_08436052_Kisslegg.xlsx");
        assertThat(jdbc.sql("select ags || ' ' || kind || ' ' || sending || ' ' || address from letter")
                .query(String.class).list()).containsExactly("08436052 RUECKFRAGE SENT " + KISSLEGG);

        // The next run finds nothing new in the mailbox and sends nothing again.
        assertThat(importRun.run(inbox, reports, null).completed()).isTrue();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from received_file").query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from letter").query(Integer.class).single()).isOne();
    }
}
