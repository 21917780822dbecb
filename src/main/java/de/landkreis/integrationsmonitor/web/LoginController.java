package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.Launcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The German login page; Spring Security handles the form's POST. */
@Controller
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "SERVE")
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login/login";
    }
}
