package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.forms.ReturnFormWriter;
import de.landkreis.integrationsmonitor.report.DistrictFigures;
import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.run.ServerMode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Berichte: the committee report of each year with the Mitteilungsvorlage draft and the PDFs, the validation logs of
 * each run and the return forms to download,
 * and the button that writes the forms of a year.
 */
@Controller
@ServerMode
class ReportsController {


    private final ReportFiles files;
    private final ReturnFormWriter forms;
    private final RunOptions options;
    private final Clock clock;
    private final BackgroundRuns runs;
    private final DistrictFigures figures;
    private final RunButtons runButtons;

    ReportsController(ReportFiles files, ReturnFormWriter forms, RunOptions options, Clock clock, BackgroundRuns runs,
            DistrictFigures figures, RunButtons runButtons) {
        this.files = files;
        this.runs = runs;
        this.figures = figures;
        this.runButtons = runButtons;
        this.forms = forms;
        this.options = options;
        this.clock = clock;
    }

    @GetMapping("/berichte")
    String reports(Model model) {
        model.addAttribute("reports", files.committeeReports());
        model.addAttribute("logs", files.runLogs());
        model.addAttribute("forms", files.forms());
        model.addAttribute("nextYear", Year.now(clock).getValue() + 1);
        List<Integer> years = new ArrayList<>(figures.yearsWithCurrentVersions());
        Collections.reverse(years);
        model.addAttribute("reportYears", years);
        model.addAttribute("running", runs.working().isPresent());
        return "reports/reports";
    }

    /** Starts a run whose report is that of the given Berichtsjahr, as {@code scripts/run.sh --year JJJJ}. */
    @PostMapping("/berichte/bericht")
    String writeReport(@RequestParam(name = "jahr", required = false) Integer year, Principal analyst,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (BadParameter.year(year) == null) {
            throw new BadParameter("jahr");
        }
        return runButtons.start(year, "web.run.started", analyst, request, redirect) ? "redirect:/"
                : "redirect:/berichte";
    }

    /** Writes the return forms of a year, prefilled from the year before (issue 6); imports nothing. */
    @PostMapping("/berichte/vorlagen")
    String writeForms(@RequestParam(name = "jahr", required = false) String year, RedirectAttributes redirect)
            throws IOException {
        if (year == null || !year.matches("\\d{4}")) {
            redirect.addFlashAttribute("formsError", year == null ? "" : year);
            return "redirect:/berichte#vorlagen";
        }
        int written = forms.writeAll(options.reports(), Integer.parseInt(year)).size();
        redirect.addFlashAttribute("formsWritten", written);
        redirect.addFlashAttribute("formsYear", year);
        return "redirect:/berichte#vorlagen";
    }

    /** Answers 404 for every path the page does not list, outside the reports folder or not (names are ASCII). */
    @GetMapping("/berichte/datei")
    ResponseEntity<Resource> download(@RequestParam(name = "pfad", required = false) String path) {
        return files.download(path)
                .map(Attachment::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
