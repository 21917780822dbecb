package de.landkreis.integrationsmonitor.report;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.GramerSymbol;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.policy.TextRenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.IterableTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import com.deepoove.poi.xwpf.BodyContainerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.core.io.ClassPathResource;

/**
 * A Word template of the Mitteilungsvorlage draft, rendered with poi-tl: {@code {{name}}} placeholders of
 * {@link DraftPlaceholder} in body, tables, page headers and footers are replaced by their texts, everything else
 * (letterhead, fonts, fixed paragraphs) stays as the office wrote it. A template is refused as a whole — never
 * half-rendered — when it cannot be read, holds another kind of poi-tl tag (picture, table, list, block) or a name
 * that is no placeholder, or when anything in braces is left after rendering (e.g. {@code {{Rücklauf}}}, which
 * poi-tl does not take for a tag).
 */
final class DraftTemplate {

    /** The template shipped in the jar. */
    static final String SHIPPED = "report/Mitteilungsvorlage.docx";

    private static final Pattern LEFT_OVER = Pattern.compile("\\{\\{[^{}]*}}");

    private final String name;
    private final byte[] bytes;

    private DraftTemplate(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    static DraftTemplate shipped() {
        try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
            return new DraftTemplate(SHIPPED, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("Mitgelieferte Vorlage fehlt im Programm: " + SHIPPED, e);
        }
    }

    /** @param name how the console names the template: its location as configured */
    static DraftTemplate of(String name, byte[] bytes) {
        return new DraftTemplate(name, bytes);
    }

    String name() {
        return name;
    }

    /**
     * Renders the template with the texts; the caller owns (and closes) the document.
     *
     * @throws Refused when the template is not usable as a whole
     */
    XWPFDocument render(Map<DraftPlaceholder, String> texts) throws Refused {
        Configure configure = Configure.builder()
                .bind(DraftPlaceholder.KENNZEICHNUNG.tag(), new ParagraphLeftOutWhenEmpty())
                .build();
        XWPFTemplate template;
        try {
            template = XWPFTemplate.compile(new ByteArrayInputStream(bytes), configure);
        } catch (RuntimeException e) {
            throw new Refused(name, Optional.empty(), e);
        }
        try {
            for (MetaTemplate element : template.getElementTemplates()) {
                if (!isPlaceholder(element)) {
                    throw new Refused(name, Optional.of(source(element)), null);
                }
            }
            Map<String, Object> data = new HashMap<>();
            texts.forEach((placeholder, text) -> data.put(placeholder.tag(), text));
            template.render(data);
            XWPFDocument document = template.getXWPFDocument();
            Optional<String> leftOver = leftOver(document);
            if (leftOver.isPresent()) {
                throw new Refused(name, leftOver, null);
            }
            return document;
        } catch (Refused refused) {
            close(template);
            throw refused;
        } catch (RuntimeException e) {
            close(template);
            throw new Refused(name, Optional.empty(), e);
        }
    }

    private static boolean isPlaceholder(MetaTemplate element) {
        if (!(element instanceof RunTemplate run)) {
            return false;
        }
        Character sign = run.getSign();
        boolean text = sign == null || sign == GramerSymbol.TEXT.getSymbol() || sign == GramerSymbol.TEXT_ALIAS.getSymbol();
        return text && DraftPlaceholder.of(run.getTagName()).isPresent();
    }

    private static String source(MetaTemplate element) {
        if (element instanceof ElementTemplate tag) {
            return tag.getSource();
        }
        if (element instanceof IterableTemplate block) {
            return block.getStartMark().getSource();
        }
        return element.variable();
    }

    /** The first text in double braces anywhere in the document after rendering. */
    private static Optional<String> leftOver(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        collect(document.getBodyElements(), paragraphs);
        for (XWPFHeaderFooter part : headersAndFooters(document)) {
            collect(part.getBodyElements(), paragraphs);
        }
        for (XWPFParagraph paragraph : paragraphs) {
            Matcher matcher = LEFT_OVER.matcher(paragraph.getText());
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }

    static List<XWPFHeaderFooter> headersAndFooters(XWPFDocument document) {
        List<XWPFHeaderFooter> parts = new ArrayList<>(document.getHeaderList());
        parts.addAll(document.getFooterList());
        return parts;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> paragraphs) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), paragraphs);
                    }
                }
            }
        }
    }

    private static void close(XWPFTemplate template) {
        try {
            template.close();
        } catch (IOException e) {
            // Only in-memory streams: nothing to release.
        }
    }

    /**
     * The optional mark "Beispieldaten (fiktiv)": written like any text, and where it is empty its paragraph goes,
     * unless the paragraph holds more (the letterhead's line, for instance).
     */
    private static final class ParagraphLeftOutWhenEmpty implements RenderPolicy {

        private final TextRenderPolicy text = new TextRenderPolicy();

        @Override
        public void render(ElementTemplate element, Object data, XWPFTemplate template) {
            if (data != null && !data.toString().isEmpty()) {
                text.render(element, data, template);
                return;
            }
            RunTemplate run = (RunTemplate) element;
            BodyContainerFactory.getBodyContainer(run.getRun()).clearPlaceholder(run.getRun(), true);
        }
    }

    /** Why a template was not used: it cannot be read, or it holds what is no placeholder of the draft. */
    static final class Refused extends Exception {

        private final String template;
        private final Optional<String> placeholder;

        Refused(String template, Optional<String> placeholder, Throwable cause) {
            super(placeholder.map(p -> "Vorlage " + template + ": unbekannter Platzhalter " + p)
                    .orElse("Vorlage " + template + " nicht lesbar"), cause);
            this.template = template;
            this.placeholder = placeholder;
        }

        String template() {
            return template;
        }

        /** The placeholder as written in the template, e.g. {@code {{unbekannt}}}; empty when it cannot be read. */
        Optional<String> placeholder() {
            return placeholder;
        }
    }
}
