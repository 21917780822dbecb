package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.Launcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Berichte: the committee report of each year and the validation logs of each run to download. */
@Controller
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "SERVE")
class ReportsController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportFiles files;

    ReportsController(ReportFiles files) {
        this.files = files;
    }

    @GetMapping("/berichte")
    String reports(Model model) {
        model.addAttribute("reports", files.committeeReports());
        model.addAttribute("logs", files.runLogs());
        return "reports/reports";
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
                .contentType(name.endsWith(".csv") ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
