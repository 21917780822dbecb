package de.landkreis.integrationsmonitor.letters;

import de.landkreis.integrationsmonitor.report.WorkbookFiles;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * One letter as an unsent e-mail draft ({@code .eml}, RFC 5322, UTF-8). {@code X-Unsent: 1} makes Outlook open it as
 * a draft with a Send button; Thunderbird opens it as a message to edit and send.
 *
 * @param to         the recipient, null when none is known (the analyst fills it in)
 * @param attachment a workbook attached under its own name, or null
 */
record EmailDraft(String to, String from, String subject, String text, Path attachment, Instant date) {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Writes the draft beside the target and moves it there, replacing an earlier one. */
    Path writeTo(Path file) throws IOException {
        try {
            MimeMessage message = message();
            return WorkbookFiles.save(file, out -> {
                try {
                    message.writeTo(out);
                } catch (MessagingException e) {
                    throw new IOException(e);
                }
            });
        } catch (MessagingException e) {
            throw new IOException("E-Mail-Entwurf nicht erstellt: " + file, e);
        }
    }

    private MimeMessage message() throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        // A plain text message when nothing is attached (a reminder), text and workbook as multipart/mixed otherwise.
        MimeMessageHelper helper = new MimeMessageHelper(message, attachment == null
                ? MimeMessageHelper.MULTIPART_MODE_NO : MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        InternetAddress sender = new InternetAddress(from, true);
        helper.setFrom(sender);
        if (to != null) {
            helper.setTo(new InternetAddress(to, true));
        }
        helper.setSubject(subject);
        helper.setSentDate(Date.from(date));
        helper.setText(text, false);
        if (attachment != null) {
            helper.addAttachment(attachment.getFileName().toString(), new FileSystemResource(attachment), XLSX);
        }
        message.setHeader("X-Unsent", "1");
        message.saveChanges();
        // After saveChanges, which would name the host this program runs on: an id in the sender's domain instead.
        message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domainOf(sender) + ">");
        return message;
    }

    private static String domainOf(InternetAddress sender) throws AddressException {
        String address = sender.getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
