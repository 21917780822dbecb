package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.mailbox.WaitingMessages;
import de.landkreis.integrationsmonitor.store.MailMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text people read on the pages comes from the German bundle: no template holds literal text, every key a
 * template or a controller names exists, and the web texts have intact umlauts.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path WEB_SOURCES = Path.of("src/main/java/de/landkreis/integrationsmonitor/web");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");
    private static final Pattern READABLE_ATTRIBUTE =
            Pattern.compile("\\s(?:title|alt|placeholder|aria-label|value)=\"([^\"]*)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(web\\.[A-Za-z0-9_.]+)");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("'(web\\.[A-Za-z0-9_.]+\\.)' *\\+");
    /** A key in quotes, or in braces as a Bean Validation message names it: "{web.…}". */
    private static final Pattern JAVA_KEY = Pattern.compile("\"\\{?(web\\.[A-Za-z0-9_.]+)}?\"");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            String html = withoutCommentsScriptsAndStyles(Files.readString(template));
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
                    literal.add(template.getFileName() + ": " + text.group(1).strip());
                }
            }
            Matcher attribute = READABLE_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                if (attribute.group(1).codePoints().anyMatch(Character::isLetter)) {
                    literal.add(template.getFileName() + ": " + attribute.group(0).strip());
                }
            }
        }
        assertThat(literal).as("literal text instead of a message key").isEmpty();
    }

    @Test
    void everyKeyOfTheTemplatesAndControllersExists() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            keys(TEMPLATE_KEY, html).stream().filter(k -> !bundle.containsKey(k)).forEach(k -> missing.add(template + " " + k));
            // Keys built from a prefix and an enum name or status must exist for every value that can appear.
            keys(DYNAMIC_KEY, html).stream().filter(prefix -> bundle.stringPropertyNames().stream().noneMatch(
                    k -> k.startsWith(prefix))).forEach(p -> missing.add(template + " " + p + "*"));
        }
        try (Stream<Path> sources = Files.list(WEB_SOURCES)) {
            for (Path source : sources.toList()) {
                // A key ending in a dot is a prefix completed by a code (PasswordPolicyTests checks every code).
                keys(JAVA_KEY, Files.readString(source)).stream().filter(k -> k.endsWith(".")
                                ? bundle.stringPropertyNames().stream().noneMatch(b -> b.startsWith(k))
                                : !bundle.containsKey(k))
                        .forEach(k -> missing.add(source.getFileName() + " " + k));
            }
        }
        for (InboxUploads.Outcome outcome : InboxUploads.Outcome.values()) {
            if (!bundle.containsKey("web.upload.outcome." + outcome)) {
                missing.add("web.upload.outcome." + outcome);
            }
        }
        for (WaitingMessages.Decision decision : WaitingMessages.Decision.values()) {
            if (!bundle.containsKey("web.postfach.decision." + decision)) {
                missing.add("web.postfach.decision." + decision);
            }
        }
        for (MailMessages.Status status : MailMessages.Status.values()) {
            if (!bundle.containsKey("postfach.status." + status)) {
                missing.add("postfach.status." + status);
            }
        }
        for (String outcome : List.of("UNREACHABLE", "LOGIN_REFUSED")) {
            if (!bundle.containsKey("web.postfach.lastRead." + outcome)) {
                missing.add("web.postfach.lastRead." + outcome);
            }
        }
        for (String status : List.of("COMPLETED", "FAILED", "STARTED", "STARTING", "STOPPING", "STOPPED", "ABANDONED",
                "UNKNOWN")) {
            if (!bundle.containsKey("run.status." + status)) {
                missing.add("run.status." + status);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theRefusedRunSaysItIsAlreadyRunning() throws IOException {
        assertThat(bundle().getProperty("web.run.alreadyRunning")).contains("läuft bereits");
    }

    @Test
    void webTextsHaveIntactUmlauts() throws IOException {
        Properties bundle = bundle();

        assertThat(bundle.stringPropertyNames()).filteredOn(k -> k.startsWith("web."))
                .hasSizeGreaterThan(100)
                .allSatisfy(k -> assertThat(bundle.getProperty(k)).doesNotContain("\uFFFD", "Ã", "Â"));
        assertThat(bundle.getProperty("web.nav.overview")).isEqualTo("Übersicht");
        assertThat(bundle.getProperty("web.nav.returns")).isEqualTo("Rücklauf");
    }

    private static String withoutCommentsScriptsAndStyles(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
                .replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>");
    }

    private static List<String> keys(Pattern pattern, String text) {
        List<String> keys = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).hasSizeGreaterThanOrEqualTo(7);
            return templates;
        }
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TemplateTextTests.class.getResourceAsStream("/messages_de.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
