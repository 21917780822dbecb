package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.reference.Mailbox;
import de.landkreis.integrationsmonitor.reference.MailAddresses;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.Letters;
import de.landkreis.integrationsmonitor.store.Mailboxes;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adressverzeichnis der Gemeinden: every municipality of the register with the address its letters go to, where it
 * came from (the directory file, or an analyst's edit with who and when); one entry edited at a time, checked with
 * the rules of the file; below the entry the letters written to the municipality.
 */
@Controller
@ServerMode
class MailboxesController {

    static final int SALUTATION_MAX = 200;

    /** A municipality with its entry, null when it has none. */
    record Entry(Municipality municipality, Mailboxes.Stored stored) {
    }

    private final MunicipalityRegister register;
    private final Mailboxes mailboxes;
    private final Letters letters;
    private final Clock clock;

    MailboxesController(MunicipalityRegister register, Mailboxes mailboxes, Letters letters, Clock clock) {
        this.register = register;
        this.mailboxes = mailboxes;
        this.letters = letters;
        this.clock = clock;
    }

    @GetMapping("/adressen")
    String directory(Model model) {
        Map<String, Mailboxes.Stored> stored = mailboxes.all();
        List<Entry> entries = register.all().stream().map(m -> new Entry(m, stored.get(m.ags()))).toList();
        model.addAttribute("entries", entries);
        // The shipped directory is fictitious: say so while any of its addresses is still in use.
        model.addAttribute("fictitious", stored.values().stream()
                .anyMatch(s -> s.mailbox().email().endsWith(".example.org")));
        return "mailboxes/mailboxes";
    }

    @GetMapping("/adressen/{ags}")
    String entry(@PathVariable String ags, Model model) {
        Municipality municipality = municipality(ags);
        Mailboxes.Stored stored = mailboxes.of(municipality.ags()).orElse(null);
        Mailbox mailbox = stored == null ? null : stored.mailbox();
        model.addAttribute("mailboxForm", mailbox == null ? new MailboxForm(null, null, null)
                : new MailboxForm(mailbox.email(), mailbox.salutation(), String.join(", ", mailbox.senderDomains())));
        return page(municipality, stored, model);
    }

    @PostMapping("/adressen/{ags}")
    String edit(@PathVariable String ags, MailboxForm mailboxForm, BindingResult errors, Principal analyst,
                Model model, RedirectAttributes redirect) {
        Municipality municipality = municipality(ags);
        if (!MailAddresses.isValid(mailboxForm.email())) {
            errors.rejectValue("email", "web.mailboxes.error.email");
        }
        if (mailboxForm.salutation().length() > SALUTATION_MAX) {
            errors.rejectValue("salutation", "web.mailboxes.error.salutation", new Object[] {SALUTATION_MAX}, null);
        }
        List<String> domains = MailAddresses.domains(mailboxForm.senderDomains());
        String invalidDomain = MailAddresses.invalidDomain(domains);
        if (invalidDomain != null) {
            errors.rejectValue("senderDomains", "web.mailboxes.error.domain", new Object[] {invalidDomain}, null);
        }
        if (errors.hasErrors()) {
            return page(municipality, mailboxes.of(municipality.ags()).orElse(null), model);
        }
        mailboxes.edit(new Mailbox(municipality.ags(), mailboxForm.email(),
                mailboxForm.salutation().isEmpty() ? null : mailboxForm.salutation(), domains),
                analyst.getName(), clock.instant());
        redirect.addFlashAttribute("saved", municipality.name());
        return "redirect:/adressen#ags-" + municipality.ags();
    }

    private String page(Municipality municipality, Mailboxes.Stored stored, Model model) {
        model.addAttribute("municipality", municipality);
        model.addAttribute("stored", stored);
        model.addAttribute("letters", letters.ofMunicipality(municipality.ags()));
        return "mailboxes/mailbox";
    }

    private Municipality municipality(String ags) {
        return MunicipalityController.known(register, ags);
    }
}
