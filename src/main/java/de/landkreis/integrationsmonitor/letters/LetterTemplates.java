package de.landkreis.integrationsmonitor.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders the letters' plain-text templates with Thymeleaf's TEXT mode ({@code [(${gemeinde})]},
 * {@code [# th:each="teil : ${fehlt}"]…[/]}). An engine of its own, not the web pages' view resolver: the templates
 * are files the office replaces, and nothing in them is HTML. Spring's engine for its expression language (SpEL),
 * the same the pages use; plain Thymeleaf would need OGNL.
 */
final class LetterTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    LetterTemplates() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        // The office may change the file while the server runs: read it anew for every letter.
        resolver.setCacheable(false);
        engine.setTemplateResolver(resolver);
    }

    String render(Resource template, Map<String, Object> variables) {
        String text;
        try {
            text = template.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Briefvorlage nicht lesbar: " + template.getDescription(), e);
        }
        return engine.process(text, new Context(Locale.GERMANY, variables));
    }
}
