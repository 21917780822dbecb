package de.landkreis.integrationsmonitor.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Parses {@code [--input DIR] [--reports DIR] [--data DIR] [--year YYYY] [--help]}. Runs before Spring starts,
 * so wrong usage is answered at once and touches no database.
 */
final class CommandLineParser {

    private final ResourceBundle texts;

    CommandLineParser(ResourceBundle texts) {
        this.texts = texts;
    }

    /** The options, or empty when help was asked for. */
    Optional<RunOptions> parse(List<String> args) throws UsageException {
        Path input = Path.of("input");
        Path reports = Path.of("reports");
        Path data = Path.of("data");
        Integer year = null;
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
                default -> throw new UsageException(text("cli.error.unknownOption", arg));
            }
        }
        if (!Files.isDirectory(input)) {
            throw new UsageException(text("cli.error.noInput", input.toAbsolutePath()));
        }
        return Optional.of(new RunOptions(input.toAbsolutePath().normalize(), reports.toAbsolutePath().normalize(),
                data.toAbsolutePath().normalize(), year));
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

    private String text(String key, Object... args) {
        return MessageFormatting.format(texts, key, args);
    }
}
