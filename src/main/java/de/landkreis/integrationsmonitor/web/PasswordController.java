package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.web.AuditTrail.Event;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Kennwort ändern: an analyst stored in the database replaces the password, above all a generated one, which must be
 * changed before any other page opens. The change ends the analyst's other sessions. Configured analysts and those
 * logged in with their Windows account only read where their password is changed.
 */
@Controller
@ServerMode
class PasswordController {

    private static final String PAGE = "password/password";
    private static final String REDIRECT = "redirect:/kennwort";

    private final AnalystPasswords passwords;
    private final AnalystAccounts accounts;
    private final PasswordPolicy policy;
    private final AnalystSessions sessions;
    private final AuditTrail audit;
    private final LoginThrottle throttle;

    PasswordController(AnalystPasswords passwords, AnalystAccounts accounts, PasswordPolicy policy,
            AnalystSessions sessions, AuditTrail audit, LoginThrottle throttle) {
        this.throttle = throttle;
        this.passwords = passwords;
        this.accounts = accounts;
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
    }

    @ModelAttribute
    void pageSettings(Model model, Principal analyst) {
        boolean directory = DirectoryLogin.isDirectoryAccount(analyst);
        model.addAttribute("directory", directory);
        model.addAttribute("changeable", !directory && passwords.changeable(analyst.getName()));
        model.addAttribute("mustChange", !directory && accounts.mustChangePassword(analyst.getName()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
    }

    @GetMapping("/kennwort")
    String page(Model model) {
        model.addAttribute(new PasswordChange("", "", ""));
        return PAGE;
    }

    @PostMapping("/kennwort")
    String change(PasswordChange passwordChange, BindingResult errors, Principal analyst, HttpServletRequest request,
            RedirectAttributes redirect) {
        String name = analyst.getName();
        if (DirectoryLogin.isDirectoryAccount(analyst) || !passwords.changeable(name)) {
            return REDIRECT;
        }
        // The current password is guessed no more freely here than on the login page.
        if (throttle.isLocked(name, request.getRemoteAddr())) {
            errors.rejectValue("currentPassword", "web.password.locked");
        } else if (!passwords.isCurrent(name, passwordChange.currentPassword())) {
            errors.rejectValue("currentPassword", "web.password.wrongCurrent");
            throttle.failedOutsideLogin(name, request.getRemoteAddr());
        } else if (passwordChange.newPassword().equals(passwordChange.currentPassword())) {
            errors.rejectValue("newPassword", "web.password.unchanged");
        }
        for (String violation : policy.violations(name, passwordChange.newPassword())) {
            errors.rejectValue("newPassword", "web.password.policy." + violation,
                    new Object[] {PasswordPolicy.MIN_LENGTH}, null);
        }
        if (!passwordChange.repeatedPassword().equals(passwordChange.newPassword())) {
            errors.rejectValue("repeatedPassword", "web.password.mismatch");
        }
        if (errors.hasErrors()) {
            return PAGE;
        }
        passwords.change(name, passwordChange.newPassword());
        sessions.endSessionsOf(name, request.getSession().getId());
        audit.record(Event.PASSWORD_CHANGED, name, request.getRemoteAddr());
        redirect.addFlashAttribute("noticeKey", "web.password.changed");
        return REDIRECT;
    }
}
