package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The German login page; Spring Security handles the form's POST. */
@Controller
@ServerMode
class LoginController {

    private final WebProperties properties;
    private final boolean directory;

    LoginController(WebProperties properties, ObjectProvider<DirectoryLogin> directory) {
        this.properties = properties;
        this.directory = directory.getIfAvailable() != null;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", properties.lockout().duration().toMinutes());
        model.addAttribute("directory", directory);
        return "login/login";
    }
}
