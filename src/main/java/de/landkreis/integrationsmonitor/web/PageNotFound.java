package de.landkreis.integrationsmonitor.web;

/** A page asked for something that does not exist (an AGS, a run): the German 404 page says what. */
final class PageNotFound extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    PageNotFound(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
