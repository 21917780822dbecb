package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.Letters;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads a recorded letter's draft. Only a file of the letter record, and only inside the reports folder as the
 * other downloads ({@link ReportFiles#stored}): a symbolic link placed there that leads out gives nothing away. And
 * marks a letter waiting on the Übersicht as sent by hand, so the program never sends it and the list empties.
 */
@Controller
@ServerMode
class LettersController {

    private final Letters letters;
    private final ReportFiles files;
    private final AuditTrail audit;
    private final Clock clock;

    LettersController(Letters letters, ReportFiles files, AuditTrail audit, Clock clock) {
        this.letters = letters;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/briefe/{id}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        return letters.byId(id).flatMap(letter -> files.stored(letter.file()))
                .filter(file -> file.getFileName().toString().endsWith(".eml"))
                .map(Attachment::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/briefe/{id}/von-hand-gesendet")
    String sentByHand(@PathVariable long id, Principal analyst, HttpServletRequest request,
                      RedirectAttributes redirect) {
        Letters.Letter letter = letters.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (letters.sentByHand(id, analyst.getName(), clock.instant())) {
            audit.record(AuditTrail.Event.LETTER_SENT_BY_HAND, analyst.getName(), request.getRemoteAddr(), null,
                    "brief-" + id);
            redirect.addFlashAttribute("noticeKey", "web.letters.markedSentByHand");
        } else {
            redirect.addFlashAttribute("problemKey", letter.sending() == Letters.Sending.SENT_BY_HAND
                    ? "web.letters.alreadySentByHand" : "web.letters.sentByProgram");
        }
        return "redirect:/#briefe-wartend";
    }
}
