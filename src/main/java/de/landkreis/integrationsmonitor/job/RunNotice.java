package de.landkreis.integrationsmonitor.job;

import java.util.List;

/**
 * Published when a step of a run has something to tell the person who started it, e.g. where the Mitteilungsvorlage
 * draft is or why there is no PDF: the console prints it as a German line from the message bundle.
 *
 * @param messageKey the key of the line in the message bundle
 * @param arguments  its arguments
 */
public record RunNotice(String messageKey, List<Object> arguments) {

    public RunNotice {
        arguments = List.copyOf(arguments);
    }
}
