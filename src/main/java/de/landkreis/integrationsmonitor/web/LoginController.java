package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The German login page; Spring Security handles the form's POST. */
@Controller
@ServerMode
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login/login";
    }
}
