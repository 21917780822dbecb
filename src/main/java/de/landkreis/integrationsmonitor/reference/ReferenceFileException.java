package de.landkreis.integrationsmonitor.reference;

/**
 * A reference file that cannot be used; the message (German) names the file and the line, for whoever starts the
 * program. The start stops: a wrong register or directory would mislead every run.
 */
public final class ReferenceFileException extends IllegalStateException {

    ReferenceFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
