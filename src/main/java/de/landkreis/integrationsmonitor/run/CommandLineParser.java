package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.run.RunOptions.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Parses the command line (see {@code cli.usage} in the German bundle). Runs before Spring starts, so wrong usage
 * is answered at once and touches no database.
 */
final class CommandLineParser {

    private final ResourceBundle texts;

    CommandLineParser(ResourceBundle texts) {
        this.texts = texts;
    }

    /** The options, or empty when help was asked for. */
    Optional<RunOptions> parse(List<String> args) throws UsageException {
        Mode mode = Mode.RUN;
        Path input = Path.of("input");
        Path reports = Path.of("reports");
        Path data = Path.of("data");
        Integer year = null;
        String dbUrl = null;
        Integer port = null;
        Path file = null;
        Iterator<String> it = args.iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
                case "--help", "-h" -> {
                    return Optional.empty();
                }
                case "--input" -> input = Path.of(value(arg, it));
                case "--reports" -> reports = Path.of(value(arg, it));
                case "--data" -> data = Path.of(value(arg, it));
                case "--year" -> year = year(value(arg, it));
                case "--db" -> dbUrl = jdbcUrl(value(arg, it));
                case "--port" -> port = port(value(arg, it));
                case "--serve" -> mode = only(mode, Mode.SERVE);
                case "--history" -> mode = only(mode, Mode.HISTORY);
                case "--vorlagen" -> {
                    mode = only(mode, Mode.FORMS);
                    year = year(value(arg, it));
                }
                case "--erinnerungen" -> {
                    mode = only(mode, Mode.REMINDERS);
                    year = year(value(arg, it));
                }
                case "--export" -> {
                    mode = only(mode, Mode.EXPORT);
                    file = Path.of(value(arg, it));
                }
                case "--import" -> {
                    mode = only(mode, Mode.IMPORT);
                    file = Path.of(value(arg, it));
                }
                default -> throw new UsageException(text("cli.error.unknownOption", arg));
            }
        }
        if (port != null && mode != Mode.SERVE) {
            throw new UsageException(text("cli.error.portWithoutServe"));
        }
        if ((mode == Mode.RUN || mode == Mode.SERVE) && !Files.isDirectory(input)) {
            throw new UsageException(text("cli.error.noInput", input.toAbsolutePath()));
        }
        if (mode == Mode.EXPORT && Files.exists(file)) {
            throw new UsageException(text("cli.error.exportExists", file.toAbsolutePath()));
        }
        if (mode == Mode.IMPORT && !Files.isRegularFile(file)) {
            throw new UsageException(text("cli.error.importMissing", file.toAbsolutePath()));
        }
        return Optional.of(new RunOptions(mode, input.toAbsolutePath().normalize(),
                reports.toAbsolutePath().normalize(), data.toAbsolutePath().normalize(), year, dbUrl, port,
                file == null ? null : file.toAbsolutePath().normalize()));
    }

    private Mode only(Mode current, Mode wanted) throws UsageException {
        if (current != Mode.RUN) {
            throw new UsageException(text("cli.error.twoModes"));
        }
        return wanted;
    }

    private String value(String option, Iterator<String> it) throws UsageException {
        if (!it.hasNext()) {
            throw new UsageException(text("cli.error.missingValue", option));
        }
        String value = it.next();
        if (value.startsWith("--")) {
            throw new UsageException(text("cli.error.missingValue", option));
        }
        return value;
    }

    private int year(String value) throws UsageException {
        if (!value.matches("\\d{4}")) {
            throw new UsageException(text("cli.error.year", value));
        }
        return Integer.parseInt(value);
    }

    private int port(String value) throws UsageException {
        if (!value.matches("\\d{1,5}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 65_535) {
            throw new UsageException(text("cli.error.port", value));
        }
        return Integer.parseInt(value);
    }

    private String jdbcUrl(String value) throws UsageException {
        if (!value.startsWith("jdbc:postgresql:") && !value.startsWith("jdbc:h2:")) {
            throw new UsageException(text("cli.error.db", value));
        }
        return value;
    }

    private String text(String key, Object... args) {
        return MessageFormatting.format(texts, key, args);
    }
}
