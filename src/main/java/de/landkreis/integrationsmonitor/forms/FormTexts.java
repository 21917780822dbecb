package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.returns.Field;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The German texts of forms and feedback workbooks ({@code forms.*} in {@code messages_de.properties}). */
final class FormTexts {

    private final MessageSource messages;

    FormTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.GERMANY);
    }

    /** The label or column title of a field, one that {@code returns/header-synonyms.csv} recognises. */
    String label(Field field) {
        return text("forms.label." + field.name());
    }
}
