package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.AuditEvents;
import de.landkreis.integrationsmonitor.web.AuditTrail.Event;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Zugänge (administrators only): every account, those of the configuration read-only; new accounts, disabling and
 * enabling, the role, and one-time passwords the system generates and shows once; and the audit trail. Nobody can
 * disable or demote the last enabled administrator, nor disable the own account.
 */
@Controller
@ServerMode
class AccountsController {

    static final int EVENTS_PER_PAGE = 50;
    /** Far beyond 180 days of events: keeps the offset of a typed page number within its type. */
    private static final int MAX_PAGE = 1_000_000;
    private static final String REDIRECT = "redirect:/zugaenge";
    /** Letters, digits, dot, hyphen and underscore: a name that reads the same in the log, the audit and a URL. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,100}");

    private final AnalystAccounts accounts;
    private final AnalystSessions sessions;
    private final AuditTrail audit;
    private final AuditEvents events;
    private final Object administratorChanges = new Object();

    AccountsController(AnalystAccounts accounts, AnalystSessions sessions, AuditTrail audit, AuditEvents events) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
    }

    @GetMapping("/zugaenge")
    String page(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", AccountRole.values());
        return "accounts/accounts";
    }

    @PostMapping("/zugaenge")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "ANALYST") AccountRole role,
            Principal admin, HttpServletRequest request, RedirectAttributes redirect) {
        String trimmed = name.strip();
        if (!NAME.matcher(trimmed).matches()) {
            return problem(redirect, "web.accounts.nameInvalid", trimmed);
        }
        if (accounts.find(trimmed).isPresent()) {
            return problem(redirect, "web.accounts.nameTaken", trimmed);
        }
        String password = accounts.generatePassword();
        accounts.create(trimmed, role, password);
        audit.record(Event.USER_CREATED, admin.getName(), request.getRemoteAddr(), null, trimmed);
        return oneTimePassword(redirect, "web.accounts.created", trimmed, password);
    }

    @PostMapping("/zugaenge/deaktivieren")
    String disable(@RequestParam String name, Principal admin, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (stored(name).isEmpty()) {
            return problem(redirect, "web.accounts.notChangeable", name);
        }
        if (name.equals(admin.getName())) {
            return problem(redirect, "web.accounts.notSelf", name);
        }
        // Checked and changed under one lock: two administrators disabling each other keep one of them.
        synchronized (administratorChanges) {
            if (isLastAdministrator(name)) {
                return problem(redirect, "web.accounts.lastAdministrator", name);
            }
            accounts.setEnabled(name, false);
        }
        sessions.endSessionsOf(name, null);
        audit.record(Event.USER_DISABLED, admin.getName(), request.getRemoteAddr(), null, name);
        return notice(redirect, "web.accounts.disabled", name);
    }

    @PostMapping("/zugaenge/aktivieren")
    String enable(@RequestParam String name, Principal admin, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (stored(name).isEmpty()) {
            return problem(redirect, "web.accounts.notChangeable", name);
        }
        accounts.setEnabled(name, true);
        audit.record(Event.USER_ENABLED, admin.getName(), request.getRemoteAddr(), null, name);
        return notice(redirect, "web.accounts.enabled", name);
    }

    @PostMapping("/zugaenge/rolle")
    String role(@RequestParam String name, @RequestParam AccountRole role, Principal admin,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (stored(name).isEmpty()) {
            return problem(redirect, "web.accounts.notChangeable", name);
        }
        synchronized (administratorChanges) {
            if (role != AccountRole.ADMIN && isLastAdministrator(name)) {
                return problem(redirect, "web.accounts.lastAdministrator", name);
            }
            accounts.setRole(name, role);
        }
        // Its sessions carry the old role, the acting one's own included: they end, the next login brings the new one.
        sessions.endSessionsOf(name, null);
        audit.record(Event.USER_ROLE_CHANGED, admin.getName(), request.getRemoteAddr(), role.name(), name);
        return notice(redirect, "web.accounts.roleChanged", name);
    }

    @PostMapping("/zugaenge/kennwort")
    String setPassword(@RequestParam String name, Principal admin, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (stored(name).isEmpty()) {
            return problem(redirect, "web.accounts.notChangeable", name);
        }
        String password = accounts.generatePassword();
        accounts.setPassword(name, password, true);
        sessions.endSessionsOf(name, null);
        audit.record(Event.PASSWORD_SET_BY_ADMIN, admin.getName(), request.getRemoteAddr(), null, name);
        return oneTimePassword(redirect, "web.accounts.passwordSet", name, password);
    }

    @GetMapping("/zugaenge/protokoll")
    String trail(@RequestParam(name = "ereignis", required = false) String event,
            @RequestParam(name = "benutzer", required = false) String user,
            @RequestParam(name = "seite", defaultValue = "1") int page, Model model) {
        String eventFilter = event == null || event.isBlank() ? null : event;
        String userFilter = user == null || user.isBlank() ? null : user.strip();
        int current = Math.min(Math.max(1, page), MAX_PAGE);
        AuditEvents.Page shown = events.page(eventFilter, userFilter, (current - 1) * EVENTS_PER_PAGE,
                EVENTS_PER_PAGE);
        model.addAttribute("events", shown.events());
        model.addAttribute("total", shown.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (shown.total() + EVENTS_PER_PAGE - 1) / EVENTS_PER_PAGE));
        model.addAttribute("eventNames", List.of(Event.values()));
        model.addAttribute("event", eventFilter);
        model.addAttribute("user", userFilter);
        return "accounts/audit";
    }

    private Optional<AnalystAccounts.Account> stored(String name) {
        return accounts.find(name).filter(a -> !a.configured());
    }

    private boolean isLastAdministrator(String name) {
        return stored(name).filter(a -> a.enabled() && a.role() == AccountRole.ADMIN).isPresent()
                && accounts.enabledAdministrators() <= 1;
    }

    private static String notice(RedirectAttributes redirect, String key, String name) {
        redirect.addFlashAttribute("accountNoticeKey", key);
        redirect.addFlashAttribute("noticeName", name);
        return REDIRECT;
    }

    private static String problem(RedirectAttributes redirect, String key, String name) {
        redirect.addFlashAttribute("accountProblemKey", key);
        redirect.addFlashAttribute("noticeName", name);
        return REDIRECT;
    }

    private static String oneTimePassword(RedirectAttributes redirect, String key, String name, String password) {
        redirect.addFlashAttribute("oneTimeKey", key);
        redirect.addFlashAttribute("noticeName", name);
        redirect.addFlashAttribute("oneTimePassword", password);
        return REDIRECT;
    }
}
