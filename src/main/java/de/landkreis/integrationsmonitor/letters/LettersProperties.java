package de.landkreis.integrationsmonitor.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the letters to the municipalities.
 *
 * @param from                 the sender of every draft, e.g. {@code Landratsamt Ravensburg <integration@…>}
 * @param reminderDeadlineDays days after writing a reminder by which the municipality is asked to send its return
 * @param feedbackTemplate     the plain-text template of the Rückfrage letters
 * @param reminderTemplate     the plain-text template of the reminders
 */
@ConfigurationProperties("integrationsmonitor.letters")
record LettersProperties(String from, @DefaultValue("14") int reminderDeadlineDays,
                         @DefaultValue("classpath:letters/Rueckfrage.txt") Resource feedbackTemplate,
                         @DefaultValue("classpath:letters/Erinnerung.txt") Resource reminderTemplate) {
}
