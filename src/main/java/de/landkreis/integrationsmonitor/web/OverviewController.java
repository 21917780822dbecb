package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.mailbox.MailboxReader;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.Letters;
import de.landkreis.integrationsmonitor.store.MailMessages;
import de.landkreis.integrationsmonitor.store.RunHistory;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Übersicht: the latest runs, the button that starts a run, the progress of the run working now, the letters the
 * program did not send that wait for a person, and what the last read of the office mailbox brought and what waits
 * there for an analyst.
 */
@Controller
@ServerMode
class OverviewController {

    static final int RUNS_SHOWN = 20;
    static final int LETTERS_SHOWN = 20;
    /** Mailbox messages waiting for a decision shown on the Übersicht, the newest ones. */
    static final int MAIL_SHOWN = 20;

    private final RunHistory history;
    private final BackgroundRuns runs;
    private final InboxQueue inbox;
    private final MessageSource messages;
    private final RunButtons runButtons;
    private final Letters letters;
    private final MunicipalityRegister register;
    private final MailboxReader mailbox;
    private final MailMessages mail;

    OverviewController(RunHistory history, BackgroundRuns runs, InboxQueue inbox, MessageSource messages,
            RunButtons runButtons, Letters letters, MunicipalityRegister register, MailboxReader mailbox,
            MailMessages mail) {
        this.history = history;
        this.letters = letters;
        this.register = register;
        this.inbox = inbox;
        this.runs = runs;
        this.messages = messages;
        this.runButtons = runButtons;
        this.mailbox = mailbox;
        this.mail = mail;
    }

    @GetMapping("/")
    String overview(Model model) {
        model.addAttribute("runs", history.latest(RUNS_SHOWN));
        Optional<BackgroundRuns.Working> working = runs.working();
        model.addAttribute("running", working.isPresent());
        model.addAttribute("progress", progressText(working));
        model.addAttribute("waiting", inbox.waiting());
        Letters.Waiting waitingLetters = letters.waiting(LETTERS_SHOWN);
        List<Letters.Letter> shown = waitingLetters.letters();
        model.addAttribute("letters", shown);
        model.addAttribute("lettersCount", waitingLetters.count());
        Optional<MailMessages.Read> lastRead = mail.lastRead();
        List<MailMessages.Message> lastMessages = lastRead.map(read -> mail.ofRead(read.id())).orElse(List.of());
        model.addAttribute("mailboxOn", mailbox.switchedOn());
        model.addAttribute("mailboxRead", lastRead.orElse(null));
        model.addAttribute("mailboxMessages", lastMessages);
        // The names of the municipalities both lists link to.
        model.addAttribute("municipalityNames", Stream.concat(shown.stream().map(Letters.Letter::ags),
                        lastMessages.stream().map(MailMessages.Message::ags).filter(Objects::nonNull)).distinct()
                .collect(Collectors.toMap(ags -> ags, ags -> register.byAgsOrNamedByIt(ags).name())));
        MailMessages.Waiting waitingMail = mail.waiting(MAIL_SHOWN);
        model.addAttribute("mailboxWaiting", waitingMail.messages());
        model.addAttribute("mailboxWaitingCount", waitingMail.count());
        return "overview/overview";
    }

    @PostMapping("/laeufe")
    String start(Principal analyst, HttpServletRequest request, RedirectAttributes redirect) {
        runButtons.start(null, "web.run.started", analyst, request, redirect);
        return "redirect:/";
    }

    /** Polled by the Übersicht every few seconds, so the progress updates without a reload by hand. */
    @GetMapping("/laeufe/fortschritt")
    @ResponseBody
    Map<String, Object> progress() {
        Optional<BackgroundRuns.Working> working = runs.working();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("running", working.isPresent());
        body.put("text", progressText(working));
        return body;
    }

    private String progressText(Optional<BackgroundRuns.Working> working) {
        if (working.isEmpty()) {
            return text("web.progress.idle");
        }
        BackgroundRuns.Working w = working.get();
        if (w.runId() == null) {
            return text("web.progress.preparing");
        }
        if (w.progress() == null) {
            return text("web.progress.started", w.runId());
        }
        return text("web.progress.file", w.runId(), w.progress().index(), w.progress().total(),
                w.progress().relativePath());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.GERMANY);
    }
}
