package de.landkreis.integrationsmonitor.letters;

import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.store.Letters;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * What every letter shares: the sender, the salutation, the sample-data mark in the subject, the variables every
 * template may use, writing the draft and recording it with whether it will be sent.
 */
@Component
class LetterWriter {

    static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

    /**
     * A letter to write.
     *
     * @param to         the recipient, null when none is known
     * @param source     where the recipient comes from, null when none is known
     * @param salutation the directory's salutation, null = the default
     * @param subjectKey the message key of the subject, given year, name and AGS
     * @param variables  the template's own variables beside the shared ones
     * @param attachment the workbook to attach, or null
     * @param createdBy  the analyst who asked for it, null for a run or the command line
     * @param runId      the run whose Rückfrage it is, or null
     */
    record Letter(Municipality municipality, int year, Letters.Kind kind, String to, Letters.AddressSource source,
                  String salutation, String subjectKey, Resource template, Map<String, Object> variables,
                  Path attachment, Path file, String createdBy, Long runId) {
    }

    private final LettersProperties properties;
    private final LetterTemplates templates = new LetterTemplates();
    private final Letters letters;
    private final MessageSource messages;
    private final District district;
    private final Clock clock;
    private final boolean sampleData;
    private final SendingMode sending;

    LetterWriter(LettersProperties properties, Letters letters, MessageSource messages, District district,
                 Clock clock, @Value("${integrationsmonitor.report.sample-data:false}") boolean sampleData,
                 SendingMode sending) {
        this.properties = properties;
        this.sending = sending;
        this.letters = letters;
        this.messages = messages;
        this.district = district;
        this.clock = clock;
        this.sampleData = sampleData;
    }

    LettersProperties properties() {
        return properties;
    }

    Path write(Letter letter) throws IOException {
        Municipality m = letter.municipality();
        String subject = text(letter.subjectKey(), String.valueOf(letter.year()), m.name(), m.ags());
        if (sampleData) {
            subject = text("letters.subject.sample", subject);
        }
        Map<String, Object> variables = new HashMap<>(letter.variables());
        variables.put("anrede", letter.salutation() == null ? text("letters.salutation.default")
                : letter.salutation());
        variables.put("gemeinde", m.name());
        variables.put("ags", m.ags());
        variables.put("jahr", String.valueOf(letter.year()));
        variables.put("amt", district.officeName());
        variables.put("landkreis", district.name());
        variables.put("beispiel", sampleData);
        Instant now = clock.instant();
        new EmailDraft(letter.to(), properties.from(), subject, templates.render(letter.template(), variables),
                letter.attachment(), now).writeTo(letter.file());
        letters.record(new Letters.NewLetter(m.ags(), letter.year(), letter.kind(), now, letter.createdBy(),
                letter.file().toString(), letter.to(), letter.source(), letter.runId(),
                sending.firstState(letter.source())));
        return letter.file();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.GERMANY);
    }
}
