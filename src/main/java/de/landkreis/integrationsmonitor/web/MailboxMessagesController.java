package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.mailbox.WaitingMessages;
import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.MailMessages;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Übersicht's mailbox buttons: „Postfach jetzt abrufen“ starts a run (which reads the mailbox first), and the
 * analysts' decisions on a message from an unknown sender, each with a line in the audit trail. Back to the Übersicht
 * after every post.
 */
@Controller
@ServerMode
class MailboxMessagesController {

    private final RunButtons runButtons;
    private final WaitingMessages waiting;
    private final MailMessages mail;
    private final RunOptions options;
    private final AuditTrail audit;

    MailboxMessagesController(RunButtons runButtons, WaitingMessages waiting, MailMessages mail, RunOptions options,
                              AuditTrail audit) {
        this.runButtons = runButtons;
        this.waiting = waiting;
        this.mail = mail;
        this.options = options;
        this.audit = audit;
    }

    @PostMapping("/postfach/abrufen")
    String fetch(Principal analyst, HttpServletRequest request, RedirectAttributes redirect) {
        runButtons.start(null, "web.postfach.fetchStarted", analyst, request, redirect);
        return "redirect:/";
    }

    @PostMapping("/postfach/nachrichten/{id}/uebernehmen")
    String takeIn(@PathVariable long id, Principal analyst, HttpServletRequest request, RedirectAttributes redirect) {
        return decide(id, AuditTrail.Event.MAIL_TAKEN_IN, analyst, request, redirect,
                () -> waiting.takeIn(id, analyst.getName(), options.input()));
    }

    @PostMapping("/postfach/nachrichten/{id}/erledigt")
    String done(@PathVariable long id, Principal analyst, HttpServletRequest request, RedirectAttributes redirect) {
        return decide(id, AuditTrail.Event.MAIL_DONE, analyst, request, redirect,
                () -> waiting.markDone(id, analyst.getName()));
    }

    private String decide(long id, AuditTrail.Event event, Principal analyst, HttpServletRequest request,
                          RedirectAttributes redirect, Supplier<WaitingMessages.Decision> decision) {
        WaitingMessages.Decision outcome = decision.get();
        String key = "web.postfach.decision." + outcome.name();
        if (outcome == WaitingMessages.Decision.TAKEN_IN || outcome == WaitingMessages.Decision.DONE) {
            String sender = mail.find(id).map(MailMessages.Message::sender).orElse(null);
            audit.record(event, analyst.getName(), request.getRemoteAddr(), null, sender);
            redirect.addFlashAttribute("noticeKey", key);
        } else {
            redirect.addFlashAttribute("problemKey", key);
        }
        return "redirect:/";
    }
}
