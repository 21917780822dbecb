package de.landkreis.integrationsmonitor.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A written Mitteilungsvorlage draft read back with POI: its paragraphs in order, the text of each numbered section,
 * page headers and footers, and every XML part as text for the searches that must find nothing. In the texts a
 * non-breaking space (between a number and its unit) reads as a space; the parts keep it.
 *
 * @param paragraphs every paragraph of the body, table cells included, in document order
 * @param sections   the text of each section of "Darstellung des Vorgangs" by its heading ({@code 2. Rücklauf})
 * @param headers    the paragraphs of the page headers and footers
 * @param parts      every XML part of the file as text, by its name in the package
 */
record DraftReading(List<String> paragraphs, Map<String, String> sections, List<String> headers,
                    Map<String, String> parts, String title) {

    static DraftReading of(Path docx) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        Map<String, String> sections = new LinkedHashMap<>();
        List<String> headers = new ArrayList<>();
        String title;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            String section = null;
            for (XWPFParagraph paragraph : paragraphs(document.getBodyElements())) {
                String text = text(paragraph);
                paragraphs.add(text);
                if ("Heading3".equals(paragraph.getStyle())) {
                    section = text;
                    sections.put(section, "");
                } else if (section != null && !text.isBlank()) {
                    String before = sections.get(section);
                    sections.put(section, before.isEmpty() ? text : before + "\n" + text);
                }
            }
            for (XWPFHeaderFooter part : DraftTemplate.headersAndFooters(document)) {
                paragraphs(part.getBodyElements()).forEach(p -> headers.add(text(p)));
            }
            title = document.getProperties().getCoreProperties().getTitle();
        }
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return new DraftReading(paragraphs, sections, headers, parts, title);
    }

    /** The section whose heading starts with the number, e.g. {@code section(2)} for "2. Rücklauf". */
    String section(int number) {
        return sections.entrySet().stream().filter(e -> e.getKey().startsWith(number + ". ")).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + number + " in " + sections.keySet()))
                .getValue();
    }

    /** Body, headers and footers as one text. */
    String allText() {
        return String.join("\n", paragraphs) + "\n" + String.join("\n", headers);
    }

    private static String text(XWPFParagraph paragraph) {
        return paragraph.getText().replace('\u00a0', ' ');
    }

    private static List<XWPFParagraph> paragraphs(List<IBodyElement> elements) {
        List<XWPFParagraph> found = new ArrayList<>();
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                found.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        found.addAll(paragraphs(cell.getBodyElements()));
                    }
                }
            }
        }
        return found;
    }
}
