package de.landkreis.integrationsmonitor.letters;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads an e-mail draft back as a mail program would: headers, the text, the attachments. */
public final class Drafts {

    /** An attachment: its file name and its bytes. */
    public record Attachment(String name, byte[] content) {
    }

    private Drafts() {
    }

    public static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            message.getAllHeaders(); // parse fully while the stream is open
            message.getContent();
            return message;
        }
    }

    static String text(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("kein Text in der E-Mail");
    }

    public static List<Attachment> attachments(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new Attachment(part.getFileName(), in.readAllBytes()));
                }
            }
        }
        return attachments;
    }
}
