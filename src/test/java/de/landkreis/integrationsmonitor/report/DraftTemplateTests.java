package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import de.landkreis.integrationsmonitor.TestMessages;
import de.landkreis.integrationsmonitor.reference.District;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.Version;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ResourceLoader;

/**
 * The office's own template replaces the shipped one without a code change; one that cannot be read or holds a
 * placeholder the draft does not know gives way to the shipped one, said in one German line naming file and
 * placeholder. The shipped template itself is rendered by poi-tl on the project's POI and documented in the README.
 */
class DraftTemplateTests extends ReportContext {

    @Autowired
    District district;
    @Autowired
    MessageSource messages;
    @Autowired
    Clock clock;
    @Autowired
    ResourceLoader resources;

    @TempDir
    Path folder;
    @TempDir
    Path reports;

    @BeforeEach
    void returns() {
        CommitteeFixture.load(fixtures());
    }

    @Test
    void theOfficesOwnTemplateGivesLetterheadFontAndFixedParagraphsAndTheShippedOnesPlaceholders()
            throws IOException {
        Path template = DraftTemplateDocument.shipped()
                .letterhead("Landkreis Musterland", "Dezernat Soziales – Integrationsbüro")
                .extraParagraph("Die Verwaltung berichtet jährlich im Frühjahr über den Integrationsmonitor.")
                .font("Liberation Serif")
                .write(folder.resolve("Vorlage des Amtes.docx"));

        InformationPaperWriter.Draft written = writer(template.toString()).write(reports, figures.reportYear(2025),
                CommitteeFixture.DATA_AS_OF);
        DraftReading draft = DraftReading.of(written.file());

        assertThat(written.templateNotice()).isEmpty();
        assertThat(draft.headers()).contains("Landkreis Musterland", "Dezernat Soziales – Integrationsbüro",
                "Beispieldaten (fiktiv)").doesNotContain("Landratsamt Ravensburg – Amt für Migration und Integration");
        assertThat(draft.paragraphs()).contains("Die Verwaltung berichtet jährlich im Frühjahr über den "
                + "Integrationsmonitor.");
        assertThat(draft.parts().get("word/styles.xml")).contains("w:ascii=\"Liberation Serif\"");
        assertThat(draft.section(2)).startsWith("Bis zum 01.02.2026 haben 4 von 39 Gemeinden für 2025 vollständig "
                + "zurückgemeldet.");
        assertThat(draft.allText()).doesNotContain("{{", "}}");
    }

    @Test
    void aTemplateGivenAsFileUrlIsReadToo() throws IOException {
        Path template = DraftTemplateDocument.shipped().letterhead("Landkreis Musterland")
                .write(folder.resolve("vorlage.docx"));

        InformationPaperWriter.Draft written = writer(template.toUri().toString()).write(reports, figures.reportYear(2025),
                CommitteeFixture.DATA_AS_OF);

        assertThat(written.templateNotice()).isEmpty();
        assertThat(DraftReading.of(written.file()).headers()).contains("Landkreis Musterland");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{unbekannt}}", "{{Rücklauf}}", "{{?abschnitt}}", "{{@wappen}}", "{{#tabelle}}",
            "{{ruecklauf.summe}}"})
    void aTemplateWithAPlaceholderTheDraftDoesNotKnowGivesWayToTheShippedOne(String placeholder) throws IOException {
        Path template = DraftTemplateDocument.shipped().letterhead("Landkreis Musterland")
                .placeholder("Einleitung: " + placeholder + (placeholder.startsWith("{{?") ? " {{/abschnitt}}" : ""))
                .write(folder.resolve("eigene.docx"));

        InformationPaperWriter.Draft written = writer(template.toString()).write(reports, figures.reportYear(2025),
                CommitteeFixture.DATA_AS_OF);

        assertThat(written.templateNotice()).contains(new PaperNotice("papers.template.unknownPlaceholder",
                List.of(template.toString(), placeholder)));
        assertThat(line(written.templateNotice().orElseThrow())).isEqualTo("Die Vorlage " + template + " enthält "
                + "den unbekannten Platzhalter " + placeholder + "; die Mitteilungsvorlage wurde mit der "
                + "mitgelieferten Vorlage geschrieben. Die erlaubten Platzhalter nennt die README.");
        DraftReading draft = DraftReading.of(written.file());
        assertThat(draft.headers()).contains("Landratsamt Ravensburg – Amt für Migration und Integration")
                .doesNotContain("Landkreis Musterland");
        assertThat(draft.sections()).hasSize(6);
        assertThat(draft.allText()).doesNotContain("{{", "}}", "Einleitung");
    }

    @Test
    void aTemplateThatIsNoWordFileOrIsMissingGivesWayToTheShippedOne() throws IOException {
        Path text = Files.writeString(folder.resolve("vorlage.docx"), "Dies ist keine Word-Datei.");
        Path missing = folder.resolve("fehlt.docx");

        for (Path template : List.of(text, missing)) {
            InformationPaperWriter.Draft written = writer(template.toString()).write(reports, figures.reportYear(2025),
                    CommitteeFixture.DATA_AS_OF);

            assertThat(written.templateNotice()).contains(new PaperNotice("papers.template.unreadable",
                    List.of(template.toString())));
            assertThat(line(written.templateNotice().orElseThrow())).isEqualTo("Die Vorlage " + template
                    + " ist keine lesbare Word-Datei (.docx); die Mitteilungsvorlage wurde mit der mitgelieferten "
                    + "Vorlage geschrieben. Einzelheiten stehen in der Protokolldatei.");
            assertThat(DraftReading.of(written.file()).sections()).hasSize(6);
        }
    }

    @Test
    void theShippedTemplateHoldsEveryPlaceholderAndIsRenderedByPoiTlOnTheProjectsPoi() throws IOException {
        assertThat(Version.getVersion()).isEqualTo("5.5.1");
        // poi-tl's own POI is excluded: the classes it renders with come from the project's POI jar.
        assertThat(XWPFDocument.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("poi-ooxml-5.5.1");
        assertThat(XWPFTemplate.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("poi-tl-1.12.2");

        Set<String> used = new TreeSet<>();
        try (InputStream in = new ClassPathResource(DraftTemplate.SHIPPED).getInputStream();
             XWPFTemplate template = XWPFTemplate.compile(in)) {
            for (MetaTemplate element : template.getElementTemplates()) {
                assertThat(element).isInstanceOf(RunTemplate.class);
                used.add(((RunTemplate) element).getTagName());
            }
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(DraftPlaceholder.values()).map(DraftPlaceholder::tag).toList());

        Map<DraftPlaceholder, String> texts = Arrays.stream(DraftPlaceholder.values())
                .collect(Collectors.toMap(p -> p, p -> "Text " + p.tag()));
        try (XWPFDocument rendered = DraftTemplate.shipped().render(texts)) {
            assertThat(rendered.getParagraphs()).extracting(p -> p.getText()).contains("Text ruecklauf",
                    "Text sicherung", "Text kennzeichnung", "Federführung: Text amt");
        } catch (DraftTemplate.Refused e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theShippedTemplateIsTheGeneratedOneAndNamesNobody() throws IOException {
        Path generated = DraftTemplateDocument.shipped().write(folder.resolve("generiert.docx"));
        DraftReading shipped = DraftReading.of(DraftTemplateDocument.SHIPPED);

        assertThat(shipped.paragraphs()).isEqualTo(DraftReading.of(generated).paragraphs());
        assertThat(shipped.headers()).isEqualTo(DraftReading.of(generated).headers());
        for (Map.Entry<String, String> part : shipped.parts().entrySet()) {
            assertThat(part.getValue()).as(part.getKey()).doesNotContain("@", "Tel.", "Telefon", "Fax");
        }
        assertThat(shipped.parts().get("docProps/core.xml")).contains("<dc:creator>Integrationsmonitor</dc:creator>");
    }

    @Test
    void theReadmeDocumentsEveryPlaceholderAndShowsOnePageOfEachPaper() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (DraftPlaceholder placeholder : DraftPlaceholder.values()) {
            assertThat(readme).contains("`{{" + placeholder.tag() + "}}`");
        }
        assertThat(readme).contains("integrationsmonitor.draft.template", "integrationsmonitor.pdf.timeout");
        for (String image : List.of("docs/img/integrationsbericht-seite-1.png",
                "docs/img/mitteilungsvorlage-seite-1.png")) {
            assertThat(readme).contains("](" + image + ")");
            assertThat(Files.size(Path.of(image))).as(image).isBetween(10_000L, 300_000L);
        }
    }

    private InformationPaperWriter writer(String template) {
        return new InformationPaperWriter(figures, district, messages, clock, new ReportProperties(true),
                new DraftProperties(template), resources);
    }

    private static String line(PaperNotice notice) {
        return TestMessages.german().getMessage(notice.messageKey(), notice.arguments().toArray(), Locale.GERMANY);
    }
}
