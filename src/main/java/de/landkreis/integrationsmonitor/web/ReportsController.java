package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.forms.ReturnFormWriter;
import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.run.ServerMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReportFiles files;
    private final ReturnFormWriter forms;
    private final RunOptions options;
    private final Clock clock;

    ReportsController(ReportFiles files, ReturnFormWriter forms, RunOptions options, Clock clock) {
        this.files = files;
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
        return "reports/reports";
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
                .map(ReportsController::attachment)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<Resource> attachment(Path file) {
        String name = file.getFileName().toString();
        return ResponseEntity.ok()
                .contentType(name.endsWith(".csv") ? CSV : name.endsWith(".docx") ? DOCX
                        : name.endsWith(".pdf") ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
