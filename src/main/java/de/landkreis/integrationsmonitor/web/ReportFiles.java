package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.forms.ReturnFormWriter;
import de.landkreis.integrationsmonitor.report.CommitteePapers;
import de.landkreis.integrationsmonitor.report.CommitteeReportWriter;
import de.landkreis.integrationsmonitor.report.InformationPaperWriter;
import de.landkreis.integrationsmonitor.report.ReminderListWriter;
import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.RunHistory;
import de.landkreis.integrationsmonitor.store.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The files the Berichte page offers: the committee report of each year with its papers (the Mitteilungsvorlage draft
 * and the PDFs), the validation logs of each run and the return forms of each year, all below the reports folder. Only
 * a file of that list can be downloaded, and no path can leave the folder.
 */
@Component
@ServerMode
class ReportFiles {

    static final int RUNS_LISTED = 50;
    /** {@code Rueckfrage_<AGS>_<Name>.xlsx} as {@code forms.FeedbackWriter} names it. */
    private static final Pattern FEEDBACK_NAME = Pattern.compile("Rueckfrage_(\\d{8})_.*\\.xlsx");

    /**
     * The committee report of one year, {@code path} relative to the reports folder with {@code /}.
     *
     * @param papers the papers written beside it that exist: report as PDF, draft, draft as PDF
     */
    record YearReport(int year, String path, long size, List<Paper> papers) {
    }

    /**
     * A paper beside a report.
     *
     * @param kind what it is, the end of its label's key {@code web.reports.kind.*}: {@code reportPdf}, {@code draft},
     *             {@code draftPdf}, {@code reminders} (internal: never handed out)
     */
    record Paper(String kind, String path, long size) {
    }

    /** The return forms written for one year, paths relative to the reports folder with {@code /}. */
    record YearForms(int year, List<String> paths) {
    }

    /**
     * A Rückfrage a run wrote (or its list of findings without a municipality), {@code path} relative to the reports
     * folder with {@code /}.
     *
     * @param ags null for {@code Rueckfragen_ohne_Gemeinde.xlsx}
     */
    record Feedback(long runId, Instant runStarted, String ags, String name, String path, long size) {
    }

    /** The validation log of one run; either path is null when the file is missing. */
    record RunLog(RunRecord run, String csv, String workbook) {
    }

    private final RunOptions options;
    private final RunHistory history;

    ReportFiles(RunOptions options, RunHistory history) {
        this.options = options;
        this.history = history;
    }

    private Path root() {
        return options.reports().toAbsolutePath().normalize();
    }

    /** Newest year first. */
    List<YearReport> committeeReports() {
        Path root = root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}"))
                    .map(Integer::parseInt)
                    .filter(year -> Files.isRegularFile(CommitteeReportWriter.reportFile(root, year)))
                    .map(year -> {
                        Path file = CommitteeReportWriter.reportFile(root, year);
                        return new YearReport(year, slashed(root.relativize(file)), size(file), papers(root, year));
                    })
                    .sorted(Comparator.comparingInt(YearReport::year).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Paper> papers(Path root, int year) {
        Path draft = InformationPaperWriter.paperFile(root, year);
        Map<String, Path> candidates = new LinkedHashMap<>();
        candidates.put("reportPdf", CommitteePapers.pdfOf(CommitteeReportWriter.reportFile(root, year)));
        candidates.put("draft", draft);
        candidates.put("draftPdf", CommitteePapers.pdfOf(draft));
        candidates.put("reminders", ReminderListWriter.reminderFile(root, year));
        List<Paper> papers = new ArrayList<>();
        candidates.forEach((kind, file) -> {
            if (Files.isRegularFile(file)) {
                papers.add(new Paper(kind, slashed(root.relativize(file)), size(file)));
            }
        });
        return papers;
    }

    /** The return forms of each year they were written for, newest year first. */
    List<YearForms> forms() {
        Path folder = ReturnFormWriter.directory(root());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> years = Files.list(folder)) {
            List<YearForms> result = new ArrayList<>();
            for (Path year : years.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().matches("\\d{4}")).toList()) {
                try (Stream<Path> files = Files.list(year)) {
                    List<String> paths = files.filter(Files::isRegularFile)
                            .filter(file -> file.getFileName().toString().endsWith(".xlsx"))
                            .map(file -> slashed(root().relativize(file))).sorted().toList();
                    result.add(new YearForms(Integer.parseInt(year.getFileName().toString()), paths));
                }
            }
            result.sort(Comparator.comparingInt(YearForms::year).reversed());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The latest runs with a validation log, newest first. */
    List<RunLog> runLogs() {
        List<RunLog> logs = new ArrayList<>();
        for (RunRecord run : history.latest(RUNS_LISTED)) {
            String csv = known(run.logCsv()).orElse(null);
            String workbook = known(run.logWorkbook()).orElse(null);
            if (csv != null || workbook != null) {
                logs.add(new RunLog(run, csv, workbook));
            }
        }
        return logs;
    }

    /** What a run wrote that still lies in the reports folder, each null where it is missing. */
    record RunDownloads(String logCsv, String logWorkbook, String report, String reminders) {
    }

    RunDownloads ofRun(RunRecord run) {
        return new RunDownloads(known(run.logCsv()).orElse(null), known(run.logWorkbook()).orElse(null),
                known(run.report()).orElse(null), known(run.reminders()).orElse(null));
    }

    /** The Rückfragen a run wrote, in the order of their names (AGS). */
    List<Feedback> feedbackOf(RunRecord run) {
        Path root = root();
        Optional<Path> folder = inside(run.feedbackFolder()).filter(Files::isDirectory);
        if (folder.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".xlsx"))
                    .sorted()
                    .map(name -> {
                        Path file = folder.get().resolve(name);
                        Matcher m = FEEDBACK_NAME.matcher(name);
                        return new Feedback(run.id(), run.started(), m.matches() ? m.group(1) : null, name,
                                slashed(root.relativize(file)), size(file));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Rückfrage written for a municipality by the latest runs, newest run first. */
    List<Feedback> feedbackFor(String ags) {
        List<Feedback> found = new ArrayList<>();
        for (RunRecord run : history.latest(RUNS_LISTED)) {
            feedbackOf(run).stream().filter(f -> ags.equals(f.ags())).forEach(found::add);
        }
        return found;
    }

    /**
     * The file for a download path, only when it is one the page lists: resolved below the reports folder,
     * normalised, checked to stay inside it, and then looked up in the list.
     */
    Optional<Path> download(String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        Path root = root();
        Path target;
        try {
            target = root.resolve(requested).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!target.startsWith(root) || !Files.isRegularFile(target) || !realPathInside(target, root)) {
            return Optional.empty();
        }
        String relative = slashed(root.relativize(target));
        // The run history, a database query, only when the file is none of the others, and then only once.
        boolean listed = committeeReports().stream().anyMatch(r -> r.path().equals(relative)
                        || r.papers().stream().anyMatch(p -> p.path().equals(relative)))
                || forms().stream().anyMatch(f -> f.paths().contains(relative))
                || history.latest(RUNS_LISTED).stream().anyMatch(run -> relative.equals(known(run.logCsv()).orElse(null))
                        || relative.equals(known(run.logWorkbook()).orElse(null))
                        || feedbackOf(run).stream().anyMatch(f -> f.path().equals(relative)));
        return listed ? Optional.of(target) : Optional.empty();
    }

    /**
     * A file as a run stored it, when it is a regular file in the reports folder, also after following symbolic
     * links; empty otherwise.
     */
    Optional<Path> stored(String stored) {
        Path root = root();
        return inside(stored).filter(Files::isRegularFile).filter(file -> realPathInside(file, root));
    }

    /** A log path as the run stored it, relative to the reports folder; empty when missing or outside it. */
    private Optional<String> known(String stored) {
        return inside(stored).filter(Files::isRegularFile).map(file -> slashed(root().relativize(file)));
    }

    /** A path as a run stored it, when it lies in the reports folder. */
    private Optional<Path> inside(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        Path file;
        try {
            // The run stores the path as it wrote it: absolute, or relative to the working directory like ours.
            file = Path.of(stored).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return file.startsWith(root()) ? Optional.of(file) : Optional.empty();
    }

    /** A symbolic link (of the file or of a folder on its way) that leads out of the reports folder never counts. */
    private static boolean realPathInside(Path file, Path root) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
