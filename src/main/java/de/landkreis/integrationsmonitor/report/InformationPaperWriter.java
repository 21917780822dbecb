package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.District;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Writes the draft of the committee's information paper, {@code <reports>/<year>/Mitteilungsvorlage_<year>.docx}
 * (REPORT.md "The Mitteilungsvorlage draft"): the office's Word template with the report's figures in words. The
 * figures are those the committee report of the same year shows, computed alike by {@link DistrictFigures} from
 * current versions only; no contact data is read. A configured template that cannot be used gives way to the shipped
 * one, and the writer says so.
 */
@Component
public class InformationPaperWriter {

    private static final Logger log = LoggerFactory.getLogger(InformationPaperWriter.class);
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d) (VZÄ|%|Prozentpunkte)");

    private final DistrictFigures figures;
    private final District district;
    private final ReportTexts texts;
    private final DraftTexts draftTexts;
    private final boolean sampleData;
    private final String templateLocation;
    private final ResourceLoader resources;

    InformationPaperWriter(DistrictFigures figures, District district, MessageSource messages, Clock clock,
            ReportProperties report, DraftProperties draft, ResourceLoader resources) {
        this.figures = figures;
        this.district = district;
        this.texts = new ReportTexts(messages, clock.getZone());
        this.draftTexts = new DraftTexts(texts);
        this.sampleData = report.sampleData();
        this.templateLocation = draft.template() == null ? "" : draft.template().strip();
        this.resources = resources;
    }

    /** Where the draft of a year is written: {@code <reports>/<year>/Mitteilungsvorlage_<year>.docx}. */
    public static Path paperFile(Path reportsDir, int year) {
        return reportsDir.resolve(String.valueOf(year)).resolve("Mitteilungsvorlage_" + year + ".docx");
    }

    /**
     * The written draft.
     *
     * @param templateNotice present when the configured template was not used, saying why
     */
    public record Draft(Path file, Optional<PaperNotice> templateNotice) {
    }

    /**
     * Writes the draft of one year from the figures computed once for the year's papers, so it shows what the report
     * shows; replaces an earlier one.
     *
     * @param dataAsOf when the run whose data the draft shows started: the report's Datenstand
     */
    public Draft write(Path reportsDir, ReportYear figuresOfYear, Instant dataAsOf) throws IOException {
        int year = figuresOfYear.year();
        // The previous year exactly as the report compares with it: only when it has current versions.
        Map<DraftPlaceholder, String> values = draftTexts.of(new DraftTexts.Subject(figuresOfYear.current(),
                figuresOfYear.previous(), figures.topics().validIn(year - 1), district, dataAsOf, sampleData));
        // A number stays on the line of its unit (DIN 5008): "26,92 VZÄ", "79,5 %", "3,3 Prozentpunkte".
        values.replaceAll((placeholder, text) -> NUMBER_AND_UNIT.matcher(text).replaceAll("$1\u00a0$2"));

        Rendered rendered = render(values);
        try (XWPFDocument document = rendered.document()) {
            describe(document, year);
            return new Draft(WorkbookFiles.save(paperFile(reportsDir, year), document::write), rendered.notice());
        }
    }

    private record Rendered(XWPFDocument document, Optional<PaperNotice> notice) {
    }

    /** The configured template, else the shipped one; a configured one that cannot be used gives way, said once. */
    private Rendered render(Map<DraftPlaceholder, String> values) {
        if (templateLocation.isEmpty()) {
            return new Rendered(renderShipped(values), Optional.empty());
        }
        try {
            return new Rendered(read(templateLocation).render(values), Optional.empty());
        } catch (DraftTemplate.Refused refused) {
            log.warn("Vorlage der Mitteilungsvorlage nicht verwendet, stattdessen die mitgelieferte", refused);
            PaperNotice notice = refused.placeholder()
                    .map(p -> PaperNotice.of("papers.template.unknownPlaceholder", refused.template(), p))
                    .orElseGet(() -> PaperNotice.of("papers.template.unreadable", refused.template()));
            return new Rendered(renderShipped(values), Optional.of(notice));
        }
    }

    private DraftTemplate read(String location) throws DraftTemplate.Refused {
        Resource resource = location.startsWith(ResourceLoader.CLASSPATH_URL_PREFIX) || location.startsWith("file:")
                ? resources.getResource(location) : new FileSystemResource(location);
        try (InputStream in = resource.getInputStream()) {
            return DraftTemplate.of(location, in.readAllBytes());
        } catch (IOException e) {
            throw new DraftTemplate.Refused(location, Optional.empty(), e);
        }
    }

    private static XWPFDocument renderShipped(Map<DraftPlaceholder, String> values) {
        try {
            return DraftTemplate.shipped().render(values);
        } catch (DraftTemplate.Refused e) {
            throw new IllegalStateException("Die mitgelieferte Vorlage der Mitteilungsvorlage ist fehlerhaft", e);
        }
    }

    /**
     * The document's title (the PDF's document title) and the office as its author; whoever edited a template in Word
     * is named in it and in its comments, so those names are replaced: the paper is public.
     */
    private void describe(XWPFDocument document, int year) {
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(draftTexts.title(district, year));
        core.setCreator(district.officeName());
        core.setLastModifiedByUser(district.officeName());
        core.setSubjectProperty(texts.get("paper.document.subject", String.valueOf(year)));
        core.setKeywords(texts.get("paper.document.keywords"));
        core.setDescription(null);
        var extended = properties.getExtendedProperties().getUnderlyingProperties();
        if (extended.isSetManager()) {
            extended.unsetManager();
        }
        if (document.getDocComments() != null) {
            for (XWPFComment comment : document.getDocComments().getComments()) {
                comment.getCtComment().setAuthor(district.officeName());
                comment.getCtComment().setInitials("");
            }
        }
    }
}
