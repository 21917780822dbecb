package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.returns.Location;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Creates findings with their German message from {@code messages_de.properties}: key {@code finding.<code>}
 * or {@code finding.<code>.<variant>}; argument {0} is always the municipality ("Kißlegg (08436049)") or, where
 * none is known, the file's own words for it.
 */
@Component
public class FindingFactory {

    private final MessageSource messages;

    public FindingFactory(MessageSource messages) {
        this.messages = messages;
    }

    public Finding create(Rule rule, Location location, String value, Municipality municipality, Object... args) {
        return createVariant(rule, null, location, value, municipality, args);
    }

    public Finding createVariant(Rule rule, String variant, Location location, String value,
                                 Municipality municipality, Object... args) {
        String key = "finding." + rule.code() + (variant == null ? "" : "." + variant);
        Object[] all = new Object[args.length + 1];
        all[0] = municipality == null ? text("subject.unknown") : municipality.label();
        System.arraycopy(args, 0, all, 1, args.length);
        String message = messages.getMessage(key, all, Locale.GERMANY);
        return new Finding(rule, location, message, value == null ? "" : value,
                municipality == null ? null : municipality.ags());
    }

    /** A German text of the bundle, e.g. a word used inside a message argument. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.GERMANY);
    }
}
