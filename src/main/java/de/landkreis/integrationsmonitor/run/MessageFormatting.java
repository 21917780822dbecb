package de.landkreis.integrationsmonitor.run;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Formats a text of the German bundle outside Spring (before the context exists). */
final class MessageFormatting {

    private MessageFormatting() {
    }

    static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), Locale.GERMANY).format(args);
    }
}
