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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Sends the due letters by SMTP (issue 18), each the draft itself minus {@code X-Unsent}, plus
 * {@code Auto-Submitted: auto-generated}, dated when sent. Every letter is sent at most once: it is marked before the
 * mail server is asked, and a letter found so marked later counts as „nicht zugestellt“ instead of being sent again.
 * Each letter goes over a connection of its own, so every failure belongs to one letter: one the server surely did
 * not take (no connection, no login, refused) is recorded with its reason and tried again by the next sendings; one
 * that may have arrived (the connection failed while it was handed over) is „nicht zugestellt“ at once. Nothing here
 * fails a run: every problem becomes a German line.
 */
@Component
public class LetterSender {

    private static final Logger log = LoggerFactory.getLogger(LetterSender.class);

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
     * Sends every due letter, those of earlier runs that failed included; with sending off or refused, turns them
     * back into drafts (or „nicht zugestellt“) instead, so none goes out long after it was written.
     *
     * @param written the drafts just written: those of them waiting for a hand send are counted in the summary
     */
    public Dispatch sendDue(Collection<Path> written) {
        List<Dispatch.Line> lines = new ArrayList<>();
        int interrupted = letters.interrupted(text("letters.sending.error.interrupted"));
        say(lines, "letters.sending.interrupted", interrupted);
        return switch (mode.mode()) {
            case OFF -> standDown(lines, interrupted);
            case NO_SERVER -> standDown(refused("letters.sending.noServer", lines), interrupted);
            case SAMPLE_DATA -> standDown(refused("letters.sending.sampleData", lines), interrupted);
            case DRY_RUN -> dryRun(lines, interrupted, handOnly(written));
            case LIVE -> send(lines, interrupted, handOnly(written));
        };
    }

    /** Of the drafts just written, those waiting for a hand send: only the summary of a sending counts them. */
    private int handOnly(Collection<Path> written) {
        return letters.handOnlyAmong(written.stream().map(Path::toString).toList());
    }

    private List<Dispatch.Line> refused(String key, List<Dispatch.Line> lines) {
        log.warn(text(key));
        lines.add(Dispatch.Line.of(key));
        return lines;
    }

    private Dispatch standDown(List<Dispatch.Line> lines, int interrupted) {
        Letters.StoodDown stoodDown = letters.standDown();
        say(lines, "letters.sending.stoodDown.drafts", stoodDown.drafts());
        say(lines, "letters.sending.stoodDown.undelivered", stoodDown.undelivered());
        return new Dispatch(0, 0, interrupted + stoodDown.undelivered(), lines);
    }

    private void say(List<Dispatch.Line> lines, String key, int count) {
        if (count > 0) {
            log.warn(text(key, count));
            lines.add(Dispatch.Line.of(key, count));
        }
    }

    private Dispatch dryRun(List<Dispatch.Line> lines, int interrupted, int handOnly) {
        List<Letters.Letter> due = letters.inState(Letters.Sending.DUE);
        for (Letters.Letter letter : due) {
            lines.add(Dispatch.Line.of("letters.sending.dryRun.letter", letter.fileName(), letter.address()));
            letters.listedByDryRun(letter.id());
        }
        lines.add(Dispatch.Line.of("letters.sending.dryRun.summary", due.size(), handOnly));
        return new Dispatch(0, 0, interrupted, lines);
    }

    private Dispatch send(List<Dispatch.Line> lines, int interrupted, int handOnly) {
        Instant now = clock.instant();
        int sent = 0;
        int retrying = 0;
        int lastAttempt = 0;
        String firstFailure = null;
        int uncertain = 0;
        // Once the server cannot be reached (or refuses the login), the remaining letters fail the same way unasked.
        SendFailures.Failure unreachable = null;
        for (Letters.Letter letter : letters.inState(Letters.Sending.DUE)) {
            if (!letters.startSending(letter.id(), now)) {
                continue;
            }
            Optional<SendFailures.Failure> outcome =
                    unreachable != null ? Optional.of(unreachable) : attempt(letter, now);
            if (outcome.isEmpty()) {
                letters.sent(letter.id(), now);
                sent++;
                continue;
            }
            SendFailures.Failure failure = outcome.get();
            log.warn("E-Mail {} an {}: {}", letter.fileName(), letter.address(), failure.reason());
            if (failure.kind() == SendFailures.Kind.UNCERTAIN) {
                letters.undelivered(letter.id(), failure.reason());
                uncertain++;
                continue;
            }
            if (failure.kind() == SendFailures.Kind.UNREACHABLE) {
                unreachable = failure;
            }
            firstFailure = firstFailure == null ? failure.reason() : firstFailure;
            if (letters.failed(letter.id(), failure.reason(), mode.maxAttempts()) == Letters.Sending.UNDELIVERED) {
                lastAttempt++;
            } else {
                retrying++;
            }
        }
        lines.add(Dispatch.Line.of("letters.sending.summary", sent, retrying, handOnly));
        if (firstFailure != null) {
            lines.add(Dispatch.Line.of("letters.sending.failed", retrying + lastAttempt, firstFailure));
        }
        if (lastAttempt > 0) {
            lines.add(Dispatch.Line.of("letters.sending.undelivered", lastAttempt, mode.maxAttempts()));
        }
        if (uncertain > 0) {
            lines.add(Dispatch.Line.of("letters.sending.uncertain", uncertain));
        }
        return new Dispatch(sent, retrying, interrupted + lastAttempt + uncertain, lines);
    }

    /** Hands one letter to the mail server; empty when the server took it. */
    private Optional<SendFailures.Failure> attempt(Letters.Letter letter, Instant now) {
        MimeMessage message;
        try {
            message = message(letter, now);
            if (!toTheRecordedAddressOnly(letter, message)) {
                return Optional.of(SendFailures.notSent(text("letters.sending.error.recipient", letter.address())));
            }
        } catch (IOException | MessagingException | MailException e) {
            return Optional.of(SendFailures.notSent(text("letters.sending.error.draft", letter.fileName(),
                    e.getMessage())));
        }
        try {
            mode.mail().send(message);
            return Optional.empty();
        } catch (MailException e) {
            return SendFailures.of(e, message, messages);
        }
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

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.GERMANY);
    }
}
