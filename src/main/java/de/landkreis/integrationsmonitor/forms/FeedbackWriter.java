package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.report.PrintLayout;
import de.landkreis.integrationsmonitor.store.MunicipalityFinding;
import de.landkreis.integrationsmonitor.store.ReceivedSection;
import de.landkreis.integrationsmonitor.store.RunFeedback;
import de.landkreis.integrationsmonitor.validation.RuleCatalogue;
import de.landkreis.integrationsmonitor.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the feedback of one run (issue 6) into {@code <reports>/rueckfragen/<yyyyMMdd-HHmmss>/}: for every
 * municipality with a FEHLER or WARNUNG finding in the run {@code Rueckfrage_<AGS>_<Name>.xlsx}, listing every
 * finding of its files (FEHLER first) below a cover text saying what was received, what was accepted, what must
 * be corrected and by when; and {@code Rueckfragen_ohne_Gemeinde.xlsx} for the analyst with the FEHLER and
 * WARNUNG findings no municipality can be told about (D01–D03 before any AGS was read, K01 outside a joint file).
 * A finding belongs to every municipality the store links it to: a K01 of a joint file to each member.
 */
@Component
public class FeedbackWriter {

    static final String DIRECTORY = "rueckfragen";
    static final String UNASSIGNED_FILE = "Rueckfragen_ohne_Gemeinde.xlsx";
    /** The stamp of a run that names its folders: {@code JJJJMMTT-hhmmss}. */
    public static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMANY);

    private final RunFeedback runFeedback;
    private final MunicipalityRegister register;
    private final FeedbackProperties properties;
    private final FormTexts texts;
    private final FeedbackWorkbook workbook;
    private final String officeName;

    FeedbackWriter(RunFeedback runFeedback, MunicipalityRegister register, FeedbackProperties properties,
                   RuleCatalogue catalogue, MessageSource messages, District district) {
        this.runFeedback = runFeedback;
        this.register = register;
        this.properties = properties;
        this.texts = new FormTexts(messages);
        this.workbook = new FeedbackWorkbook(texts, catalogue, PrintLayout.forReport(district.officeName(), messages));
        this.officeName = district.officeName();
    }

    /**
     * Writes the Rückfragen of a run; writes nothing (and creates no folder) when no municipality has to be asked
     * anything.
     *
     * @param runStart when the run started, in the district's time zone: names the folder, and the deadline is
     *                 counted from its date
     * @return the workbooks written: the municipalities' in the register's order, the analyst's list last
     */
    public List<Path> writeFor(Path reportsDir, long runId, LocalDateTime runStart) throws IOException {
        List<MunicipalityFinding> findings = runFeedback.findings(runId);
        List<ReceivedSection> sections = runFeedback.sections(runId);
        Path directory = reportsDir.resolve(DIRECTORY).resolve(runStart.format(FOLDER_TIME));
        LocalDate deadline = deadline(runStart);
        List<Path> written = new ArrayList<>();
        for (Municipality municipality : register.all()) {
            List<FeedbackLine> lines = findings.stream().filter(f -> municipality.ags().equals(f.ags()))
                    .map(FeedbackLine::of).sorted(FeedbackLine.ORDER).toList();
            if (lines.stream().noneMatch(l -> l.finding().severity() != Severity.HINWEIS)) {
                continue;
            }
            List<ReceivedSection> own = sections.stream().filter(s -> municipality.ags().equals(s.ags())).toList();
            Path file = Files.createDirectories(directory).resolve(fileName(municipality));
            workbook.write(file, texts.text("forms.feedback.printTitle", runStart.format(GERMAN_TIME)),
                    cover(municipality, own, lines, runStart, deadline), lines,
                    finding -> fileName(finding.location().file()));
            written.add(file);
        }
        List<FeedbackLine> unassigned = findings.stream()
                .filter(f -> f.ags() == null && f.finding().severity() != Severity.HINWEIS)
                .map(FeedbackLine::of).sorted(FeedbackLine.ORDER).toList();
        if (!unassigned.isEmpty()) {
            Path file = Files.createDirectories(directory).resolve(UNASSIGNED_FILE);
            workbook.write(file, texts.text("forms.feedback.titleUnassigned"), List.of(
                            texts.text("forms.feedback.titleUnassigned"),
                            texts.text("forms.feedback.introUnassigned", runStart.format(GERMAN_TIME))),
                    unassigned, finding -> finding.location().file());
            written.add(file);
        }
        return written;
    }

    /** A municipality's Rückfrage workbook of a run. */
    public record MunicipalityWorkbook(Municipality municipality, Path file) {
    }

    /** The municipalities' Rückfragen in a run's folder, in the register's order; never the analyst's list. */
    public List<MunicipalityWorkbook> workbooksIn(Path folder) {
        return register.all().stream()
                .map(m -> new MunicipalityWorkbook(m, folder.resolve(fileName(m))))
                .filter(w -> Files.isRegularFile(w.file()))
                .toList();
    }

    /** The deadline the Rückfragen of a run started then name. */
    public LocalDate deadline(LocalDateTime runStart) {
        return runStart.toLocalDate().plusDays(properties.deadlineDays());
    }

    private static String fileName(Municipality municipality) {
        return "Rueckfrage_" + municipality.ags() + "_" + AsciiFileName.of(municipality.name()) + ".xlsx";
    }

    private List<String> cover(Municipality municipality, List<ReceivedSection> sections, List<FeedbackLine> lines,
                               LocalDateTime runStart, LocalDate deadline) {
        List<String> cover = new ArrayList<>();
        cover.add(texts.text("forms.feedback.title", municipality.label()));
        cover.add(texts.text("forms.feedback.intro", runStart.format(GERMAN_DATE)));
        cover.add("");
        cover.add(texts.text("forms.feedback.received"));
        // Files in order of receipt: those that gave section versions and those known only by their findings.
        TreeMap<Long, String> files = new TreeMap<>();
        sections.forEach(s -> files.put(s.receipt(), s.file()));
        lines.forEach(l -> files.put(l.receipt(), l.finding().location().file()));
        Set<String> names = new LinkedHashSet<>();
        files.values().forEach(f -> names.add(fileName(f)));
        names.forEach(name -> cover.add(texts.text("forms.feedback.receivedFile", name)));
        cover.add(texts.text("forms.feedback.accepted"));
        List<ReceivedSection> accepted = sections.stream().filter(ReceivedSection::accepted).toList();
        if (accepted.isEmpty()) {
            cover.add(texts.text("forms.feedback.acceptedNone"));
        }
        accepted.forEach(s -> cover.add(texts.text("forms.feedback.acceptedSection", section(s), year(s),
                fileName(s.file()))));
        cover.add(texts.text("forms.feedback.toCorrect"));
        sections.stream().filter(s -> !s.accepted()).forEach(s -> cover.add(texts.text(
                "forms.feedback.rejectedSection", section(s), year(s), fileName(s.file()))));
        long errors = lines.stream().filter(l -> l.finding().severity() == Severity.FEHLER).count();
        long warnings = lines.stream().filter(l -> l.finding().severity() == Severity.WARNUNG).count();
        cover.add(texts.text("forms.feedback.errors", errors));
        if (warnings > 0) {
            cover.add(texts.text("forms.feedback.warnings", warnings));
        }
        cover.add("");
        cover.add(texts.text(errors > 0 ? "forms.feedback.deadline" : "forms.feedback.deadlineWarningsOnly",
                deadline.format(GERMAN_DATE), officeName));
        return cover;
    }

    private String section(ReceivedSection s) {
        return texts.text("section." + s.section().name());
    }

    private String year(ReceivedSection s) {
        return s.year() == null ? texts.text("forms.feedback.unknownYear") : String.valueOf(s.year());
    }

    private static String fileName(String relativePath) {
        return Path.of(relativePath).getFileName().toString();
    }
}
