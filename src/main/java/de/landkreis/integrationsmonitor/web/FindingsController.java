package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.RunFindings;
import de.landkreis.integrationsmonitor.store.RunHistory;
import de.landkreis.integrationsmonitor.store.RunRecord;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.Rule;
import de.landkreis.integrationsmonitor.validation.RuleCatalogue;
import de.landkreis.integrationsmonitor.validation.Severity;
import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Prüfprotokoll: the findings of a run or of one of its files, filtered by severity, rule and municipality, each
 * with its rule explained from the {@link RuleCatalogue} (the texts of the Prüfregeln sheet).
 */
@Controller
@ServerMode
class FindingsController {

    static final int RUNS_OFFERED = 50;

    private final RunHistory history;
    private final RunFindings findings;
    private final RuleCatalogue catalogue;
    private final MunicipalityRegister register;

    FindingsController(RunHistory history, RunFindings findings, RuleCatalogue catalogue,
            MunicipalityRegister register) {
        this.history = history;
        this.findings = findings;
        this.catalogue = catalogue;
        this.register = register;
    }

    @GetMapping("/pruefprotokoll")
    String findings(@RequestParam(name = "lauf", required = false) Long runId,
            @RequestParam(name = "datei", required = false) String file,
            @RequestParam(name = "schwere", required = false) Severity severity,
            @RequestParam(name = "regel", required = false) Rule rule,
            @RequestParam(name = "gemeinde", required = false) String ags, Model model) {
        List<RunRecord> runs = history.latest(RUNS_OFFERED);
        Optional<RunRecord> run = runId == null ? runs.stream().findFirst() : history.byId(runId);
        if (runId != null && run.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Finding> all = run.map(r -> findings.ofRun(r.id())).orElse(List.of());
        String fileFilter = blankToNull(file);
        String agsFilter = blankToNull(ags);
        List<Finding> shown = all.stream()
                .filter(f -> fileFilter == null || fileFilter.equals(f.location().file()))
                .filter(f -> severity == null || f.severity() == severity)
                .filter(f -> rule == null || f.rule() == rule)
                .filter(f -> agsFilter == null || agsFilter.equals(f.ags()))
                .toList();

        Map<Rule, RuleCatalogue.Entry> explained = new EnumMap<>(Rule.class);
        all.forEach(f -> explained.computeIfAbsent(f.rule(), catalogue::entry));
        Map<String, String> municipalities = new LinkedHashMap<>();
        all.stream().map(Finding::ags).filter(Objects::nonNull).distinct()
                .map(a -> register.byAgs(a).orElse(new Municipality(a, a, null, 0, null, null)))
                .sorted(Comparator.comparing(Municipality::name, Collator.getInstance(Locale.GERMANY)))
                .forEach(m -> municipalities.put(m.ags(), m.name()));

        model.addAttribute("runs", runs);
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("files", all.stream().map(f -> f.location().file()).distinct().toList());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("rules", explained.keySet());
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("explained", explained);
        model.addAttribute("total", all.size());
        model.addAttribute("findings", shown);
        model.addAttribute("file", fileFilter);
        model.addAttribute("severity", severity);
        model.addAttribute("rule", rule);
        model.addAttribute("ags", agsFilter);
        return "findings/findings";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
