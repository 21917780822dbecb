package de.landkreis.integrationsmonitor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The German bundle: readable umlauts, and a text for every rule where the catalogue and the findings need it. */
class MessagesTests {

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/messages_de.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void umlautsAreIntact() throws IOException {
        Properties bundle = bundle();

        assertThat(bundle.values()).allSatisfy(text -> assertThat((String) text).doesNotContain("\uFFFD", "Ã"));
        assertThat(bundle.getProperty("rule.K01.checks")).contains("Gemeindeschlüssel");
    }

    @Test
    void everyRuleIsExplainedAndHasAMessage() throws IOException {
        Properties bundle = bundle();

        for (Rule rule : Rule.values()) {
            assertThat(bundle.getProperty("rule." + rule.code() + ".checks")).as(rule + " checks").isNotBlank();
            assertThat(bundle.getProperty("rule." + rule.code() + ".fix")).as(rule + " fix").isNotBlank();
            assertThat(bundle.stringPropertyNames())
                    .as(rule + " message")
                    .anyMatch(key -> key.equals("finding." + rule.code()) || key.startsWith("finding." + rule.code() + "."));
        }
    }
}
