package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.letters.ReminderLetters;
import de.landkreis.integrationsmonitor.report.DistrictFigures;
import de.landkreis.integrationsmonitor.report.MunicipalityFigures;
import de.landkreis.integrationsmonitor.report.ReturnStatus;
import de.landkreis.integrationsmonitor.report.YearFigures;
import de.landkreis.integrationsmonitor.run.GuardedRuns;
import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.run.ServerMode;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rücklauf of one Berichtsjahr: every municipality of the register with status, date received and warnings, the
 * very figures of the committee report ({@link DistrictFigures}); and the button that writes the reminders of the year,
 * as {@code --erinnerungen} does.
 */
@Controller
@ServerMode
class ReturnsController {

    private final DistrictFigures figures;
    private final GuardedRuns runs;
    private final RunOptions options;
    private final Clock clock;
    private final MessageSource messages;

    ReturnsController(DistrictFigures figures, GuardedRuns runs, RunOptions options, Clock clock,
            MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
        this.runs = runs;
        this.options = options;
        this.clock = clock;
    }

    @GetMapping("/ruecklauf")
    String returns(@RequestParam(name = "jahr", required = false) Integer year,
            @RequestParam(name = "status", required = false) ReturnStatus status, Model model) {
        BadParameter.year(year);
        List<Integer> years = new ArrayList<>(figures.yearsWithCurrentVersions());
        int shown = year != null ? year : figures.latestYearWithAcceptedReturns()
                .orElse(years.isEmpty() ? Year.now(clock).getValue() - 1 : years.get(years.size() - 1));
        if (!years.contains(shown)) {
            years.add(shown);
        }
        years.sort(Comparator.reverseOrder());
        YearFigures yearFigures = figures.of(shown);
        List<MunicipalityFigures> rows = yearFigures.municipalities().stream()
                .filter(m -> status == null || m.status() == status).toList();
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReturnStatus.values());
        model.addAttribute("figures", yearFigures);
        model.addAttribute("rows", rows);
        return "returns/returns";
    }

    /**
     * Reminder drafts to every municipality whose return for the year is not complete, then the due letters sent when
     * sending is switched on; refused while a run works.
     */
    @PostMapping("/ruecklauf/erinnerungen")
    String writeReminders(@RequestParam(name = "jahr") int year, Principal analyst, RedirectAttributes redirect)
            throws IOException {
        Optional<ReminderLetters.Written> written = runs.writeReminders(options.reports(), year, analyst.getName());
        if (written.isEmpty()) {
            redirect.addFlashAttribute("problemKey", "web.run.alreadyRunning");
        } else {
            redirect.addFlashAttribute("remindersWritten", written.get().drafts().size());
            redirect.addFlashAttribute("sendingLines", written.get().dispatch().lines().stream()
                    .map(line -> messages.getMessage(line.messageKey(), line.arguments().toArray(), Locale.GERMANY))
                    .toList());
        }
        return "redirect:/ruecklauf?jahr=" + year + "#erinnerungen";
    }
}
