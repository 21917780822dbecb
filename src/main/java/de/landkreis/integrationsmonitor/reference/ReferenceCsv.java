package de.landkreis.integrationsmonitor.reference;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.core.io.Resource;

/**
 * Reads the reference files (UTF-8, comma-separated, one header row). A line that cannot be used stops the start
 * with a German message naming the file and the line ({@link ReferenceFileException}).
 */
final class ReferenceCsv {

    /** The vocabularies of the return form and the codes each may name. */
    private static final Map<String, Class<? extends Enum<?>>> VOCABULARIES = Map.of("ANSWER", Answer.class,
            "FUNCTION", PositionFunction.class, "EMPLOYER", Employer.class, "FUNDING", FundingSource.class);

    private ReferenceCsv() {
    }

    static MunicipalityRegister municipalities(Resource resource) {
        return new MunicipalityRegister(read(resource, r -> new Municipality(
                r.get("ags").strip(), r.get("name").strip(), r.get("type").strip(),
                Integer.parseInt(r.get("population").strip()), date(r.get("population_date")),
                blankToNull(r.get("admin_union")))));
    }

    /** The office directory; every AGS must be in the register, once, and every address valid. */
    static MailboxDirectory mailboxes(Resource resource, MunicipalityRegister register) {
        Set<String> seen = new HashSet<>();
        return new MailboxDirectory(read(resource, r -> {
            String ags = MunicipalityRegister.normalizeAgs(r.get("ags"))
                    .filter(a -> register.byAgs(a).isPresent())
                    .orElseThrow(() -> new InvalidLine("reference.error.unknownAgs", r.get("ags")));
            if (!seen.add(ags)) {
                throw new InvalidLine("reference.error.duplicateAgs", ags);
            }
            String email = r.get("email").strip();
            if (!MailAddresses.isValid(email)) {
                throw new InvalidLine("reference.error.invalidEmail", email);
            }
            List<String> domains = MailAddresses.domains(r.get("sender_domains"));
            String invalidDomain = MailAddresses.invalidDomain(domains);
            if (invalidDomain != null) {
                throw new InvalidLine("reference.error.invalidDomain", invalidDomain);
            }
            return new Mailbox(ags, email, blankToNull(r.get("salutation")), domains);
        }));
    }

    static CoreTopicCatalogue coreTopics(Resource resource) {
        return new CoreTopicCatalogue(read(resource, r -> new CoreTopic(
                r.get("code").strip(), r.get("name").strip(), r.get("description").strip(),
                ExpectedStructure.valueOf(r.get("expected").strip()),
                year(r.get("valid_from")), year(r.get("valid_to")))));
    }

    static Vocabularies vocabularies(Resource resource) {
        // Every line checked where it is read, so a wrong one is named with its line instead of failing later.
        List<Map<String, String>> rows = read(resource, ReferenceCsv::vocabularyLine);
        return new Vocabularies(
                vocabulary(rows, "ANSWER", Answer.class, false),
                vocabulary(rows, "ANSWER", Answer.class, true),
                vocabulary(rows, "FUNCTION", PositionFunction.class, false),
                vocabulary(rows, "EMPLOYER", Employer.class, false),
                vocabulary(rows, "FUNDING", FundingSource.class, false));
    }

    private static Map<String, String> vocabularyLine(Map<String, String> row) {
        String name = row.get("vocabulary").strip();
        Class<? extends Enum<?>> type = VOCABULARIES.get(name);
        if (type == null) {
            throw new InvalidLine("reference.error.unknownVocabulary", name,
                    String.join(", ", new TreeSet<>(VOCABULARIES.keySet())));
        }
        String code = row.get("code").strip();
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!codes.contains(code)) {
            throw new InvalidLine("reference.error.unknownCode", code, name, String.join(", ", codes));
        }
        return row;
    }

    private static <T extends Enum<T>> Vocabulary<T> vocabulary(List<Map<String, String>> rows, String name,
                                                                Class<T> type, boolean yesNoOnly) {
        List<Vocabulary.Spelling<T>> spellings = new ArrayList<>();
        for (Map<String, String> row : rows) {
            if (!row.get("vocabulary").strip().equals(name)) {
                continue;
            }
            T term = Enum.valueOf(type, row.get("code").strip());
            if (yesNoOnly && term != Answer.JA && term != Answer.NEIN) {
                continue;
            }
            spellings.add(new Vocabulary.Spelling<>(term, row.get("spelling").strip(),
                    Boolean.parseBoolean(row.get("offered").strip())));
        }
        return new Vocabulary<>(spellings);
    }

    private static <T> List<T> read(Resource resource, Function<Map<String, String>, T> mapper) {
        try (CSVReaderHeaderAware reader = new CSVReaderHeaderAware(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            List<T> result = new ArrayList<>();
            Map<String, String> row;
            while ((row = reader.readMap()) != null) {
                try {
                    result.add(mapper.apply(row));
                } catch (RuntimeException e) {
                    // getLinesRead counts the header too: it is the line number a text editor shows.
                    throw new ReferenceFileException(text("reference.error.line", resource.getDescription(),
                            reader.getLinesRead(), reason(e)), e);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Referenzdatei nicht lesbar: " + resource.getDescription(), e);
        } catch (CsvValidationException e) {
            throw new IllegalStateException("Referenzdatei fehlerhaft: " + resource.getDescription(), e);
        }
    }

    /** A line of a reference file that cannot be used, with the German reason. */
    private static final class InvalidLine extends RuntimeException {

        private final String key;
        private final transient Object[] args;

        InvalidLine(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    private static String reason(RuntimeException e) {
        if (e instanceof InvalidLine invalid) {
            return text(invalid.key, invalid.args);
        }
        return text("reference.error.value", String.valueOf(e.getMessage()));
    }

    /** German texts from the bundle; the reference data is read before anything else is there to format them. */
    private static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("messages", Locale.GERMANY).getString(key);
        return new MessageFormat(pattern, Locale.GERMANY).format(args);
    }

    private static Integer year(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
