package de.landkreis.integrationsmonitor;

import java.nio.charset.StandardCharsets;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The German bundle as the application's {@code MessageSource} reads it, for tests without a Spring context. */
public final class TestMessages {

    private TestMessages() {
    }

    public static ResourceBundleMessageSource german() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
