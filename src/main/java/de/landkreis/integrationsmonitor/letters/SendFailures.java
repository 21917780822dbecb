package de.landkreis.integrationsmonitor.letters;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * What a failed sending of one message means for its letter: whether it may have arrived (then it is never sent
 * again) and why, in German for the console, the Übersicht and the letter's record.
 */
final class SendFailures {

    /** Where a failure leaves the letter. */
    enum Kind {
        /** no connection or no login: nothing was sent, and the next letters would fail the same way */
        UNREACHABLE,
        /** the server refused the message or it was never handed over: not sent, tried again by the next sending */
        NOT_SENT,
        /** the connection failed while the message was handed over: it may have arrived, so it is never sent again */
        UNCERTAIN
    }

    /**
     * A letter the mail server did not (surely) take.
     *
     * @param reason German, for the letter's record
     */
    record Failure(Kind kind, String reason) {
    }

    private SendFailures() {
    }

    /** The letter never reached the mail server (a changed or unreadable draft). */
    static Failure notSent(String reason) {
        return new Failure(Kind.NOT_SENT, reason);
    }

    /**
     * What Spring's {@code JavaMailSenderImpl} threw when it sent this one message on a connection of its own.
     *
     * @return empty when the server accepted the message all the same
     */
    static Optional<Failure> of(MailException e, MimeMessage message, MessageSource messages) {
        if (e instanceof MailAuthenticationException) {
            return Optional.of(new Failure(Kind.UNREACHABLE, describe(e, messages)));
        }
        if (!(e instanceof MailSendException send)) {
            return Optional.of(uncertain(e, messages));
        }
        Exception failure = send.getFailedMessages().get(message);
        if (failure == null) {
            // "Failed to close server connection after message sending": the server answered 250 to the message,
            // only the connection's end (QUIT) failed.
            return Optional.empty();
        }
        if (failure == send.getCause()) {
            // "Mail server connection failed": Spring passes the connect exception both as the cause and for every
            // message; a failure while sending a message is only in the map.
            return Optional.of(new Failure(Kind.UNREACHABLE, describe(failure, messages)));
        }
        if (refused(failure)) {
            return Optional.of(new Failure(Kind.NOT_SENT, describe(failure, messages)));
        }
        return Optional.of(uncertain(failure, messages));
    }

    /**
     * The server answered no (4xx or 5xx) to the sender, the recipient or the message, and sent it to no one; a
     * connection that closed before the answer (-1) is no answer.
     */
    private static boolean refused(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException refusal) {
                Object[] sentTo = refusal.getValidSentAddresses();
                return (sentTo == null || sentTo.length == 0)
                        && !(refusal instanceof SMTPSendFailedException reply && reply.getReturnCode() < 400);
            }
        }
        return false;
    }

    private static Failure uncertain(Exception failure, MessageSource messages) {
        return new Failure(Kind.UNCERTAIN, text(messages, "letters.sending.error.uncertain", failure.getMessage()));
    }

    /** Not reachable (naming host and port), login refused, the server's answer, no STARTTLS, or the technical text. */
    private static String describe(Exception failure, MessageSource messages) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationFailedException || t instanceof MailAuthenticationException) {
                return text(messages, "letters.sending.error.authentication", failure.getMessage());
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return text(messages, "letters.sending.error.connection", connectMessage(failure));
            }
            if (t instanceof SendFailedException) {
                return text(messages, "letters.sending.error.refused", t.getMessage());
            }
            if (t instanceof MessagingException && t.getMessage() != null && t.getMessage().contains("STARTTLS")) {
                // Angus Mail's "STARTTLS is required but host does not support STARTTLS" (mail.smtp.starttls.required)
                return text(messages, "letters.sending.error.noTls", t.getMessage());
            }
        }
        return text(messages, "letters.sending.error.other", failure.getMessage());
    }

    /** The message that names host and port (Jakarta Mail's MailConnectException), else the first one. */
    private static String connectMessage(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MessagingException && t.getMessage() != null && t.getMessage().contains("port")) {
                return t.getMessage();
            }
        }
        return failure.getMessage();
    }

    private static String text(MessageSource messages, String key, Object argument) {
        return messages.getMessage(key, new Object[] {argument}, Locale.GERMANY);
    }
}
