package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every button that starts a run does (Übersicht, Postfach, Berichte): start it in the background, note in the
 * audit trail who did, and tell the page after the redirect whether it started or another run is working.
 */
@Component
@ServerMode
class RunButtons {

    private final BackgroundRuns runs;
    private final AuditTrail audit;

    RunButtons(BackgroundRuns runs, AuditTrail audit) {
        this.runs = runs;
        this.audit = audit;
    }

    /**
     * @param year       the Berichtsjahr of the report, null for the latest with accepted returns
     * @param startedKey the message the page shows when the run started
     * @return whether it started
     */
    boolean start(Integer year, String startedKey, Principal analyst, HttpServletRequest request,
                  RedirectAttributes redirect) {
        if (runs.start(year)) {
            audit.record(AuditTrail.Event.RUN_STARTED, analyst.getName(), request.getRemoteAddr());
            redirect.addFlashAttribute("noticeKey", startedKey);
            return true;
        }
        redirect.addFlashAttribute("problemKey", "web.run.alreadyRunning");
        return false;
    }
}
