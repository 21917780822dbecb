package de.landkreis.integrationsmonitor.letters;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailAuthenticationException;

/** Why the mail server did not take a message, in German for the console, the Übersicht and the letter's record. */
final class SendFailures {

    private SendFailures() {
    }

    /** Not reachable (naming host and port), login refused, what the server answered, or else the technical text. */
    static String describe(Exception failure, MessageSource messages) {
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
