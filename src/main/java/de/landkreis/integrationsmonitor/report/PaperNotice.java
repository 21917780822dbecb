package de.landkreis.integrationsmonitor.report;

import java.util.List;

/**
 * One German line for the person who started a run about the committee papers: what was written, or why a paper
 * was written differently or not at all.
 *
 * @param messageKey the key of the line in the message bundle ({@code papers.*})
 * @param arguments  its arguments, e.g. a file
 */
public record PaperNotice(String messageKey, List<Object> arguments) {

    public PaperNotice {
        arguments = List.copyOf(arguments);
    }

    static PaperNotice of(String messageKey, Object... arguments) {
        return new PaperNotice(messageKey, List.of(arguments));
    }
}
