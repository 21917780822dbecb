package de.landkreis.integrationsmonitor.letters;

import java.util.List;

/**
 * What one sending of the due letters did, for the person who started it.
 *
 * @param sent        accepted by the mail server
 * @param retrying    failed, tried again by the next sending
 * @param undelivered failed for the last time, whether it arrived is unknown, or it waited for a sending now off:
 *                    „nicht zugestellt“
 * @param lines       German lines for the console or the page, in order; empty when sending is off and nothing
 *                    waited for it
 */
public record Dispatch(int sent, int retrying, int undelivered, List<Line> lines) {

    /**
     * One German line.
     *
     * @param messageKey the key of the line in the message bundle ({@code letters.sending.*})
     * @param arguments  its arguments
     */
    public record Line(String messageKey, List<Object> arguments) {

        public Line {
            arguments = List.copyOf(arguments);
        }

        static Line of(String messageKey, Object... arguments) {
            return new Line(messageKey, List.of(arguments));
        }
    }

    public Dispatch {
        lines = List.copyOf(lines);
    }
}
