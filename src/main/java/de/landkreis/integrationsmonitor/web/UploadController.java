package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.returns.DataSizeText;
import de.landkreis.integrationsmonitor.run.ServerMode;
import java.util.List;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Hochladen: returns e-mailed by a municipality go into the inbox; then the page offers to start a run. */
@Controller
@ServerMode
class UploadController {

    static final String PATH = "/hochladen";

    private final InboxUploads uploads;
    private final MultipartProperties multipart;
    private final WebProperties properties;

    UploadController(InboxUploads uploads, MultipartProperties multipart, WebProperties properties) {
        this.uploads = uploads;
        this.multipart = multipart;
        this.properties = properties;
    }

    /** With the limits Tomcat enforces: the hint under the field and the message after a too large upload. */
    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("maxFileSize", DataSizeText.of(multipart.getMaxFileSize()));
        model.addAttribute("maxRequestSize", DataSizeText.of(multipart.getMaxRequestSize()));
        model.addAttribute("maxFiles", properties.maxFilesPerUpload());
        return "upload/upload";
    }

    @PostMapping(PATH)
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
