package de.landkreis.integrationsmonitor.letters;

import de.landkreis.integrationsmonitor.store.Letters;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;

/**
 * Sends the due letters by SMTP (issue 18), each the draft itself minus {@code X-Unsent}, plus
 * {@code Auto-Submitted: auto-generated}, dated when sent. Every letter is sent at most once: it is marked before the
 * mail server is asked, and a letter found so marked later counts as „nicht zugestellt“ instead of being sent again.
 * A failure is recorded with its reason and tried again by the next sendings. Nothing here fails a run: every
 * problem becomes a German line.
 */
@Component
public class LetterSender {

    private static final Logger log = LoggerFactory.getLogger(LetterSender.class);

    private record Attempt(Letters.Letter letter, MimeMessage message) {
    }

    private final SendingMode mode;
    private final Letters letters;
    private final MessageSource messages;
    private final Clock clock;

    LetterSender(SendingMode mode, Letters letters, MessageSource messages, Clock clock) {
        this.mode = mode;
        this.letters = letters;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Sends every due letter, those of earlier runs that failed included.
     *
     * @param written the drafts just written: those of them waiting for a hand send are counted in the summary
     */
    public Dispatch sendDue(Collection<Path> written) {
        int handOnly = letters.handOnlyAmong(written.stream().map(Path::toString).toList());
        return switch (mode.mode()) {
            case OFF -> Dispatch.nothing(List.of());
            case NO_SERVER -> refused("letters.sending.noServer");
            case SAMPLE_DATA -> refused("letters.sending.sampleData");
            case DRY_RUN -> dryRun(handOnly);
            case LIVE -> send(handOnly);
        };
    }

    private Dispatch refused(String key) {
        log.warn(text(key));
        return Dispatch.nothing(List.of(Dispatch.Line.of(key)));
    }

    private Dispatch dryRun(int handOnly) {
        List<Dispatch.Line> lines = new ArrayList<>();
        List<Letters.Letter> due = letters.inState(Letters.Sending.DUE);
        for (Letters.Letter letter : due) {
            lines.add(Dispatch.Line.of("letters.sending.dryRun.letter", fileName(letter), letter.address()));
            letters.listedByDryRun(letter.id());
        }
        lines.add(Dispatch.Line.of("letters.sending.dryRun.summary", due.size(), handOnly));
        return Dispatch.nothing(lines);
    }

    private Dispatch send(int handOnly) {
        List<Dispatch.Line> lines = new ArrayList<>();
        int interrupted = letters.interrupted(text("letters.sending.error.interrupted"));
        if (interrupted > 0) {
            log.warn(text("letters.sending.interrupted", interrupted));
            lines.add(Dispatch.Line.of("letters.sending.interrupted", interrupted));
        }
        Instant now = clock.instant();
        List<Attempt> attempts = new ArrayList<>();
        Map<Letters.Letter, String> failures = new LinkedHashMap<>();
        for (Letters.Letter letter : letters.inState(Letters.Sending.DUE)) {
            if (!letters.startSending(letter.id(), now)) {
                continue;
            }
            try {
                MimeMessage message = message(letter, now);
                if (toTheRecordedAddressOnly(letter, message)) {
                    attempts.add(new Attempt(letter, message));
                } else {
                    failures.put(letter, text("letters.sending.error.recipient", letter.address()));
                }
            } catch (IOException | MessagingException | MailException e) {
                failures.put(letter, text("letters.sending.error.draft", fileName(letter), e.getMessage()));
            }
        }
        Map<Object, Exception> refused = transmit(attempts);
        int sent = 0;
        for (Attempt attempt : attempts) {
            Exception failure = refused.get(attempt.message());
            if (failure == null) {
                letters.sent(attempt.letter().id(), now);
                sent++;
            } else {
                failures.put(attempt.letter(), SendFailures.describe(failure, messages));
            }
        }
        int retrying = 0;
        int undelivered = interrupted;
        for (Map.Entry<Letters.Letter, String> failure : failures.entrySet()) {
            Letters.Letter letter = failure.getKey();
            log.warn("E-Mail {} an {} nicht versendet: {}", fileName(letter), letter.address(), failure.getValue());
            if (letters.failed(letter.id(), failure.getValue(), mode.maxAttempts()) == Letters.Sending.UNDELIVERED) {
                undelivered++;
            } else {
                retrying++;
            }
        }
        lines.add(Dispatch.Line.of("letters.sending.summary", sent, retrying, handOnly));
        if (!failures.isEmpty()) {
            lines.add(Dispatch.Line.of("letters.sending.failed", failures.size(), failures.values().iterator().next()));
        }
        if (undelivered > interrupted) {
            lines.add(Dispatch.Line.of("letters.sending.undelivered", undelivered - interrupted, mode.maxAttempts()));
        }
        return new Dispatch(sent, retrying, undelivered, lines);
    }

    /** The draft as it goes out. */
    private MimeMessage message(Letters.Letter letter, Instant now) throws IOException, MessagingException {
        MimeMessage message;
        try (InputStream in = Files.newInputStream(Path.of(letter.file()))) {
            message = mode.mail().createMimeMessage(in);
        }
        message.removeHeader("X-Unsent");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(Date.from(now));
        return message;
    }

    /** A draft changed on disk after it was written must still go to the recorded directory address, and only there. */
    private static boolean toTheRecordedAddressOnly(Letters.Letter letter, MimeMessage message)
            throws MessagingException {
        Address[] recipients = message.getAllRecipients();
        return letter.address() != null && recipients != null && recipients.length == 1
                && recipients[0].equals(new InternetAddress(letter.address()));
    }

    /** One connection for all; returns the messages the server did not take, with why. */
    private Map<Object, Exception> transmit(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return Map.of();
        }
        MimeMessage[] messages = attempts.stream().map(Attempt::message).toArray(MimeMessage[]::new);
        try {
            mode.mail().send(messages);
            return Map.of();
        } catch (MailSendException e) {
            if (!e.getFailedMessages().isEmpty()) {
                return e.getFailedMessages();
            }
            return allFailed(messages, e);
        } catch (MailException e) {
            return allFailed(messages, e);
        }
    }

    private static Map<Object, Exception> allFailed(MimeMessage[] messages, Exception e) {
        Map<Object, Exception> failed = new IdentityHashMap<>();
        for (MimeMessage message : messages) {
            failed.put(message, e);
        }
        return failed;
    }

    private static String fileName(Letters.Letter letter) {
        return Path.of(letter.file()).getFileName().toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.GERMANY);
    }
}
