package de.landkreis.integrationsmonitor.store;

/**
 * Why an export file cannot be read into this database, as a key of the German message bundle with its arguments;
 * the command line prints the text.
 */
public class TransferException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    TransferException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
