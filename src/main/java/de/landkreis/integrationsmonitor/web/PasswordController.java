package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.Launcher;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Kennwort ändern: an analyst stored in the database replaces the password, above all the generated one that
 * stands in the log file. Configured analysts only read where their password is kept.
 */
@Controller
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "SERVE")
class PasswordController {

    private static final String PAGE = "password/password";
    private static final String REDIRECT = "redirect:/kennwort";

    private final AnalystPasswords passwords;

    PasswordController(AnalystPasswords passwords) {
        this.passwords = passwords;
    }

    @ModelAttribute
    void pageSettings(Model model) {
        model.addAttribute("changeable", passwords.changeable());
        model.addAttribute("minLength", AnalystPasswords.MIN_LENGTH);
    }

    @GetMapping("/kennwort")
    String page(Model model) {
        model.addAttribute(new PasswordChange("", "", ""));
        return PAGE;
    }

    @PostMapping("/kennwort")
    String change(@Valid PasswordChange passwordChange, BindingResult errors, Principal analyst,
                  RedirectAttributes redirect) {
        if (!passwords.changeable()) {
            return REDIRECT;
        }
        if (!passwords.isCurrent(analyst.getName(), passwordChange.currentPassword())) {
            errors.rejectValue("currentPassword", "web.password.wrongCurrent");
        } else if (passwordChange.newPassword().equals(passwordChange.currentPassword())) {
            errors.rejectValue("newPassword", "web.password.unchanged");
        }
        if (!AnalystPasswords.fitsBcrypt(passwordChange.newPassword())) {
            errors.rejectValue("newPassword", "web.password.tooLong");
        }
        if (!passwordChange.repeatedPassword().equals(passwordChange.newPassword())) {
            errors.rejectValue("repeatedPassword", "web.password.mismatch");
        }
        if (errors.hasErrors()) {
            return PAGE;
        }
        passwords.change(analyst.getName(), passwordChange.newPassword());
        redirect.addFlashAttribute("noticeKey", "web.password.changed");
        return REDIRECT;
    }
}
