package de.landkreis.integrationsmonitor.run;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The German lines a person reads on the console; technical logs go to the log file instead. */
@Component
class ConsoleOutput {

    private final MessageSource messages;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    ConsoleOutput(MessageSource messages) {
        this.messages = messages;
    }

    void line(String key, Object... args) {
        out.println(text(key, args));
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.GERMANY);
    }
}
