package de.landkreis.integrationsmonitor.reference;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.Resource;

/** Reads the reference files (UTF-8, comma-separated, one header row). */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    static MunicipalityRegister municipalities(Resource resource) {
        return new MunicipalityRegister(read(resource, r -> new Municipality(
                r.get("ags").strip(), r.get("name").strip(), r.get("type").strip(),
                Integer.parseInt(r.get("population").strip()), date(r.get("population_date")),
                blankToNull(r.get("admin_union")))));
    }

    static CoreTopicCatalogue coreTopics(Resource resource) {
        return new CoreTopicCatalogue(read(resource, r -> new CoreTopic(
                r.get("code").strip(), r.get("name").strip(), r.get("description").strip(),
                ExpectedStructure.valueOf(r.get("expected").strip()),
                year(r.get("valid_from")), year(r.get("valid_to")))));
    }

    static Vocabularies vocabularies(Resource resource) {
        List<Map<String, String>> rows = read(resource, r -> r);
        return new Vocabularies(
                vocabulary(rows, "ANSWER", Answer.class, false),
                vocabulary(rows, "ANSWER", Answer.class, true),
                vocabulary(rows, "FUNCTION", PositionFunction.class, false),
                vocabulary(rows, "EMPLOYER", Employer.class, false),
                vocabulary(rows, "FUNDING", FundingSource.class, false));
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
                result.add(mapper.apply(row));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Referenzdatei nicht lesbar: " + resource.getDescription(), e);
        } catch (CsvValidationException e) {
            throw new IllegalStateException("Referenzdatei fehlerhaft: " + resource.getDescription(), e);
        }
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
