package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.ReceivedSection;
import de.landkreis.integrationsmonitor.store.RunFeedback;
import de.landkreis.integrationsmonitor.store.RunFiles;
import de.landkreis.integrationsmonitor.store.RunHistory;
import de.landkreis.integrationsmonitor.store.RunRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A run's files: every file it registered in order of receipt with municipality, sections, outcome and findings
 * per severity, the files already known from earlier runs, and what the run wrote to download.
 */
@Controller
@ServerMode
class RunController {

    /** A file of the run with the sections read from it; {@code municipalities} by AGS, in the order read. */
    record FileLine(RunFiles.RunFile file, Map<String, Municipality> municipalities, List<ReceivedSection> sections) {
    }

    private final RunHistory history;
    private final RunFiles files;
    private final RunFeedback feedback;
    private final MunicipalityRegister register;
    private final ReportFiles reportFiles;

    RunController(RunHistory history, RunFiles files, RunFeedback feedback, MunicipalityRegister register,
            ReportFiles reportFiles) {
        this.history = history;
        this.files = files;
        this.feedback = feedback;
        this.register = register;
        this.reportFiles = reportFiles;
    }

    /** The run number of {@code --history} and the Übersicht; anything else is the German 404 page. */
    @GetMapping("/laeufe/{id}")
    String run(@PathVariable String id, Model model) {
        RunRecord run = (id.matches("\\d{1,18}") ? history.byId(Long.parseLong(id)) : Optional.<RunRecord>empty())
                .orElseThrow(() -> new PageNotFound("web.run.notFound", id));
        Map<Long, List<ReceivedSection>> byReceipt = feedback.sections(run.id()).stream()
                .collect(Collectors.groupingBy(ReceivedSection::receipt));
        List<FileLine> lines = files.of(run.id()).stream().map(file -> {
            List<ReceivedSection> own = byReceipt.getOrDefault(file.receiptNo(), List.of());
            Map<String, Municipality> named = new LinkedHashMap<>();
            own.forEach(s -> named.computeIfAbsent(s.ags(), register::byAgsOrNamedByIt));
            return new FileLine(file, named, own);
        }).toList();
        model.addAttribute("run", run);
        model.addAttribute("lines", lines);
        model.addAttribute("downloads", reportFiles.ofRun(run));
        model.addAttribute("feedback", reportFiles.feedbackOf(run));
        return "run/run";
    }
}
