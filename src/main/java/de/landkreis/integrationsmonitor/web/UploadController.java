package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.Launcher;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Hochladen: returns e-mailed by a municipality go into the inbox; then the page offers to start a run. */
@Controller
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "SERVE")
class UploadController {

    private final InboxUploads uploads;

    UploadController(InboxUploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/hochladen")
    String form(Model model) {
        model.addAttribute("maxFileSize", DataSize.ofBytes(uploads.maxFileSize()).toMegabytes());
        return "upload/upload";
    }

    @PostMapping("/hochladen")
    String upload(@RequestParam(name = "dateien", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        List<InboxUploads.Result> results = files == null ? List.of() : uploads.store(files);
        if (results.isEmpty()) {
            redirect.addFlashAttribute("problemKey", "web.upload.nothing");
        } else {
            redirect.addFlashAttribute("results", results);
            redirect.addFlashAttribute("stored",
                    results.stream().anyMatch(r -> r.outcome() == InboxUploads.Outcome.STORED));
        }
        return "redirect:/hochladen";
    }
}
