package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.FindingPages;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Prüfprotokoll: the findings of a run or of one of its files, filtered by severity, rule and municipality, sorted
 * and paged in the database ({@link FindingPages}), errors first unless sorted otherwise; above them a summary by
 * severity and rule, below them each rule of the page explained once from the {@link RuleCatalogue}.
 */
@Controller
@ServerMode
class FindingsController {

    static final int RUNS_OFFERED = 50;
    static final int PAGE_SIZE = 100;
    /** The URL words of the sort orders, as the column headings link them. */
    static final Map<String, FindingPages.Order> ORDERS = Map.of("datei", FindingPages.Order.FILE,
            "gemeinde", FindingPages.Order.MUNICIPALITY, "regel", FindingPages.Order.RULE,
            "schwere", FindingPages.Order.SEVERITY);

    private final RunHistory history;
    private final FindingPages pages;
    private final RuleCatalogue catalogue;
    private final MunicipalityRegister register;

    FindingsController(RunHistory history, FindingPages pages, RuleCatalogue catalogue,
            MunicipalityRegister register) {
        this.history = history;
        this.pages = pages;
        this.catalogue = catalogue;
        this.register = register;
    }

    @GetMapping("/pruefprotokoll")
    String findings(@RequestParam(name = "lauf", required = false) Long runId,
            @RequestParam(name = "datei", required = false) String file,
            @RequestParam(name = "schwere", required = false) Severity severity,
            @RequestParam(name = "regel", required = false) Rule rule,
            @RequestParam(name = "gemeinde", required = false) String ags,
            @RequestParam(name = "sortierung", defaultValue = "schwere") String sort,
            @RequestParam(name = "richtung", defaultValue = "auf") String direction,
            @RequestParam(name = "seite", defaultValue = "1") Integer page, Model model) {
        if (runId != null && runId < 1) {
            throw new BadParameter("lauf");
        }
        FindingPages.Order order = Optional.ofNullable(ORDERS.get(sort)).orElseThrow(() -> new BadParameter("sortierung"));
        if (!direction.equals("auf") && !direction.equals("ab")) {
            throw new BadParameter("richtung");
        }
        if (page < 1) {
            throw new BadParameter("seite");
        }
        List<RunRecord> runs = history.latest(RUNS_OFFERED);
        // A run among the offered ones is not asked for again; an older one is.
        Optional<RunRecord> run = runId == null ? runs.stream().findFirst()
                : runs.stream().filter(r -> r.id() == runId).findFirst().or(() -> history.byId(runId));
        if (runId != null && run.isEmpty()) {
            throw new PageNotFound("web.run.notFound", runId);
        }
        model.addAttribute("runs", runs);
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("severities", Severity.values());
        model.addAttribute("file", blankToNull(file));
        model.addAttribute("severity", severity);
        model.addAttribute("rule", rule);
        model.addAttribute("ags", blankToNull(ags));
        model.addAttribute("sort", sort);
        model.addAttribute("direction", direction);
        if (run.isEmpty()) {
            model.addAttribute("findings", List.of());
            return "findings/findings";
        }
        long id = run.get().id();
        FindingPages.Filter filter = new FindingPages.Filter(id, blankToNull(file), severity, rule, blankToNull(ags));
        // Counted first: a page beyond the last shows the last.
        long matching = pages.count(filter);
        int last = (int) Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(page, last);
        List<Finding> shown = pages.page(filter, order, direction.equals("auf"), (long) (current - 1) * PAGE_SIZE,
                PAGE_SIZE);

        Map<Severity, Map<Rule, Long>> summary = pages.summary(id);
        Map<Rule, RuleCatalogue.Entry> explained = new EnumMap<>(Rule.class);
        shown.forEach(f -> explained.computeIfAbsent(f.rule(), catalogue::entry));
        Map<String, String> municipalities = new LinkedHashMap<>();
        pages.municipalities(id).stream()
                .map(register::byAgsOrNamedByIt)
                .sorted(Comparator.comparing(Municipality::name, Collator.getInstance(Locale.GERMANY)))
                .forEach(m -> municipalities.put(m.ags(), m.name()));
        Map<String, String> names = new LinkedHashMap<>();
        shown.stream().map(Finding::ags).filter(Objects::nonNull).distinct()
                .forEach(a -> register.byAgs(a).ifPresent(m -> names.put(a, m.name())));

        // The links of the summary, the column headings and the pages: each keeps what the others chose.
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/pruefprotokoll").queryParam("lauf", id);
        model.addAttribute("base", link.cloneBuilder().encode().build().toUriString());
        optional(link, "datei", filter.file());
        optional(link, "schwere", severity == null ? null : severity.name());
        optional(link, "regel", rule == null ? null : rule.name());
        optional(link, "gemeinde", filter.ags());
        model.addAttribute("sortBase", link.cloneBuilder().encode().build().toUriString());
        model.addAttribute("pageBase", link.queryParam("sortierung", sort).queryParam("richtung", direction)
                .encode().build().toUriString());
        model.addAttribute("files", pages.files(id));
        model.addAttribute("rules", summary.values().stream().flatMap(m -> m.keySet().stream()).sorted().toList());
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("names", names);
        model.addAttribute("summary", summary);
        model.addAttribute("explained", explained);
        model.addAttribute("total", summary.values().stream().flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue).sum());
        model.addAttribute("matching", matching);
        model.addAttribute("findings", shown);
        model.addAttribute("page", current);
        model.addAttribute("pages", last);
        model.addAttribute("firstShown", matching == 0 ? 0 : (long) (current - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastShown", (long) (current - 1) * PAGE_SIZE + shown.size());
        return "findings/findings";
    }

    private static void optional(UriComponentsBuilder link, String name, String value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
