package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.forms.ReturnFormWriter;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code --vorlagen YYYY}: writes the return forms of a year, prefilled from the year before. Imports nothing. */
@Component
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "FORMS")
class FormsCommand implements ApplicationRunner {

    private final RunOptions options;
    private final ReturnFormWriter forms;
    private final ConsoleOutput console;

    FormsCommand(RunOptions options, ReturnFormWriter forms, ConsoleOutput console) {
        this.options = options;
        this.forms = forms;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<Path> written = forms.writeAll(options.reports(), options.year());
        console.line("cli.forms.written", written.size(), written.get(0).getParent());
    }
}
