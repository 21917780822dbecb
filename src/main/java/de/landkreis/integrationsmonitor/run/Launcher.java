package de.landkreis.integrationsmonitor.run;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application from the command line and maps the outcome to the project's exit codes (not Boot's
 * mapping of batch statuses): see {@link ExitCode}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static int launch(Class<?> application, String[] args) {
        ResourceBundle texts = ResourceBundle.getBundle("messages", Locale.GERMANY);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Optional<RunOptions> parsed;
        try {
            parsed = new CommandLineParser(texts).parse(List.of(args));
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(texts.getString("cli.usage.hint"));
            return ExitCode.USAGE.code();
        }
        if (parsed.isEmpty()) {
            out.println(texts.getString("cli.usage"));
            return ExitCode.COMPLETED.code();
        }
        RunOptions options = parsed.get();
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(defaults(options));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("runOptions", options));
        try (ConfigurableApplicationContext context = app.run()) {
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            err.println(MessageFormatting.format(texts, "cli.failed", logFile(options)));
            return ExitCode.FAILED.code();
        }
    }

    /** Defaults derived from the options; a profile or the environment may still override them. */
    private static Map<String, Object> defaults(RunOptions options) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.datasource.url",
                "jdbc:h2:file:" + options.data().resolve("integrationsmonitor") + ";AUTO_SERVER=TRUE");
        defaults.put("logging.file.name", logFile(options).toString());
        return defaults;
    }

    static Path logFile(RunOptions options) {
        return options.data().resolve("integrationsmonitor.log");
    }
}
