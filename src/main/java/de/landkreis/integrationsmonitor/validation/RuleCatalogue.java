package de.landkreis.integrationsmonitor.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The rules with their German texts, as the Prüfregeln sheet and the web pages list them. */
@Component
public class RuleCatalogue {

    private static final Locale GERMAN = Locale.GERMANY;

    private final MessageSource messages;

    public RuleCatalogue(MessageSource messages) {
        this.messages = messages;
    }

    /** One rule as it is explained to a person. */
    public record Entry(Rule rule, Severity severity, String checks, String fix) {
    }

    public List<Entry> entries() {
        return Arrays.stream(Rule.values()).map(this::entry).toList();
    }

    public Entry entry(Rule rule) {
        return new Entry(rule, rule.severity(),
                messages.getMessage("rule." + rule.code() + ".checks", null, GERMAN),
                messages.getMessage("rule." + rule.code() + ".fix", null, GERMAN));
    }
}
