package de.landkreis.integrationsmonitor.run;

/** Wrong use of the command line; the message is German and is shown as it is. */
class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
