package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.reference.ReferenceFileException;
import de.landkreis.integrationsmonitor.run.RunOptions.Mode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the application from the command line and maps the outcome to the project's exit codes (not Boot's
 * mapping of batch statuses): see {@link ExitCode}.
 */
public final class Launcher {

    private static final Set<Mode> BUILT_WHEN_NEEDED = EnumSet.of(Mode.HISTORY, Mode.FORMS, Mode.EXPORT, Mode.IMPORT);

    /** The property the mode-specific beans are conditional on. */
    public static final String MODE_PROPERTY = "integrationsmonitor.mode";

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
        PrivateTempFiles.forPoi();
        if (options.mode() == Mode.SERVE) {
            return start(application, options, texts, err);
        }
        Optional<DataFolderLock> folderLock;
        try {
            folderLock = DataFolderLock.tryAcquire(options.data());
        } catch (IOException e) {
            err.println(MessageFormatting.format(texts, "cli.error.dataFolder", options.data(), e.getMessage()));
            return ExitCode.FAILED.code();
        }
        if (folderLock.isEmpty()) {
            out.println(texts.getString("cli.alreadyRunning"));
            return ExitCode.ALREADY_RUNNING.code();
        }
        try (DataFolderLock held = folderLock.get()) {
            return start(application, options, texts, err);
        }
    }

    private static int start(Class<?> application, RunOptions options, ResourceBundle texts, PrintStream err) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(options.mode() == Mode.SERVE ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.setDefaultProperties(defaults(options));
        // A command that runs no job needs a part of the beans (--history the store, --vorlagen the forms): each is
        // built when first asked for, the rest never. A run, the reminders and the server build all at their start,
        // so a wrong setting or reference file stops them before anything is read, moved or written.
        app.setLazyInitialization(BUILT_WHEN_NEEDED.contains(options.mode()));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("runOptions", options));
        ConfigurableApplicationContext context;
        try {
            context = app.run(explicitSettings(options));
        } catch (RuntimeException e) {
            referenceFileProblem(e).ifPresent(err::println);
            err.println(MessageFormatting.format(texts, "cli.failed", logFile(options)));
            return ExitCode.FAILED.code();
        }
        if (options.mode() == Mode.SERVE) {
            awaitClose(context);
            return ExitCode.COMPLETED.code();
        }
        try (context) {
            return SpringApplication.exit(context);
        }
    }

    /** A reference file that stops the start says which file and line on the console, not only in the log file. */
    private static Optional<String> referenceFileProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ReferenceFileException problem) {
                return Optional.of(problem.getMessage());
            }
        }
        return Optional.empty();
    }

    /** A server runs until it is stopped (SIGTERM, systemd); then its shutdown hook closes the context. */
    private static void awaitClose(ConfigurableApplicationContext context) {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        try {
            if (context.isActive()) {
                closed.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Defaults derived from the options; a profile or the environment may still override them. */
    private static Map<String, Object> defaults(RunOptions options) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.datasource.url", h2Url(options.data()));
        defaults.put("logging.file.name", logFile(options).toString());
        return defaults;
    }

    /** What the command line said explicitly wins over every configuration file and the environment. */
    private static String[] explicitSettings(RunOptions options) {
        List<String> settings = new ArrayList<>();
        settings.add("--" + MODE_PROPERTY + "=" + options.mode().name());
        if (options.dbUrl() != null) {
            settings.add("--spring.datasource.url=" + options.dbUrl());
        }
        if (options.port() != null) {
            settings.add("--server.port=" + options.port());
        }
        return settings.toArray(String[]::new);
    }

    /**
     * The embedded file database in a data folder. AUTO_SERVER lets a server and a command-line run share it; the
     * larger statement cache keeps H2 from parsing Spring Batch's and the import's statements anew for every file.
     */
    public static String h2Url(Path data) {
        return "jdbc:h2:file:" + data.resolve("integrationsmonitor") + ";AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=128";
    }

    static Path logFile(RunOptions options) {
        return options.data().resolve("integrationsmonitor.log");
    }
}
