package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The German login page; Spring Security handles the form's POST. */
@Controller
@ServerMode
class LoginController {

    private final WebProperties properties;

    LoginController(WebProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", properties.lockout().duration().toMinutes());
        return "login/login";
    }
}
