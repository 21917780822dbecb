package de.landkreis.integrationsmonitor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes Word templates of the Mitteilungsvorlage draft with POI: the one shipped in the program
 * ({@code src/main/resources/report/Mitteilungsvorlage.docx}, rewritten by {@link #main}) and, for the tests, an
 * office's own with another letterhead and further fixed paragraphs, or one with a placeholder the draft does not
 * know. Styles are Word's built-in ones (Title, heading 1–3, Table Grid), so LibreOffice tags the headings in the PDF
 * and an office can restyle them in Word.
 */
final class DraftTemplateDocument {

    static final Path SHIPPED = Path.of("src/main/resources/report/Mitteilungsvorlage.docx");

    /** The text width of A4 portrait with margins of 2.5 cm left and 2 cm right, in twentieths of a point. */
    private static final int TEXT_WIDTH = 11906 - 1417 - 1134;

    private List<String> letterhead = List.of("{{amt}}");
    private final List<String> extraParagraphs = new ArrayList<>();
    private String font = "Arial";
    private String extraPlaceholder;

    /** The shipped template. */
    static DraftTemplateDocument shipped() {
        return new DraftTemplateDocument();
    }

    /** Fixed lines at the top of every page instead of the office named by the configuration. */
    DraftTemplateDocument letterhead(String... lines) {
        this.letterhead = List.of(lines);
        return this;
    }

    /** A fixed paragraph after the Beschlussvorschlag. */
    DraftTemplateDocument extraParagraph(String text) {
        extraParagraphs.add(text);
        return this;
    }

    DraftTemplateDocument font(String font) {
        this.font = font;
        return this;
    }

    /** A paragraph holding a placeholder as written, e.g. one the draft does not know. */
    DraftTemplateDocument placeholder(String written) {
        this.extraPlaceholder = written;
        return this;
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : SHIPPED;
        shipped().write(target);
    }

    Path write(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    byte[] bytes() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            page(doc);
            header(doc);
            footer(doc);
            body(doc);
            doc.getProperties().getCoreProperties().setTitle("Vorlage: Mitteilungsvorlage Integrationsmonitor");
            doc.getProperties().getCoreProperties().setCreator("Integrationsmonitor");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private void body(XWPFDocument doc) {
        paragraph(doc, "Title", "Mitteilungsvorlage");
        paragraph(doc, "Kennzeichnung", "{{kennzeichnung}}");
        paragraph(doc, null, "Vorlagen-Nr.: ________");
        paragraph(doc, null, "Federführung: {{amt}}");
        consultation(doc);
        paragraph(doc, "Heading1", "Integrationsmonitor {{jahr}}: Integrationsstrukturen und Personal der Städte "
                + "und Gemeinden im {{landkreis}}");

        paragraph(doc, "Heading2", "Beschlussvorschlag");
        paragraph(doc, null, "Der Sozialausschuss nimmt den Bericht zum Integrationsmonitor {{jahr}} (Anlage) "
                + "zur Kenntnis.");
        extraParagraphs.forEach(text -> paragraph(doc, null, text));
        if (extraPlaceholder != null) {
            paragraph(doc, null, extraPlaceholder);
        }

        paragraph(doc, "Heading2", "Darstellung des Vorgangs");
        paragraph(doc, "Heading3", "1. Leitlinien und Kernthemen");
        paragraph(doc, null, "Die Leitlinien des Arbeitskreises Integration im {{landkreis}} wurden dem "
                + "Sozialausschuss am 12.05.2022 vorgestellt (Mitteilungsvorlage 0074/2022). Sie nennen die "
                + "Kernthemen der Integrationsarbeit vor Ort. Die Städte und Gemeinden melden dem Amt jährlich zum "
                + "Stichtag, wie sie diese Kernthemen abdecken (Ansprechperson, Netzwerk, Angebote, Handlungsbedarf) "
                + "und mit welchem Personal sie Integrationsarbeit leisten. Das Amt prüft die Rückmeldungen und wertet "
                + "sie aus; der beigefügte Integrationsbericht {{jahr}} enthält alle Zahlen je Gemeinde.");
        paragraph(doc, null, "{{kernthemen}}");

        paragraph(doc, "Heading3", "2. Rücklauf");
        paragraph(doc, null, "{{ruecklauf}}");

        paragraph(doc, "Heading3", "3. Kernthemen: Abdeckung und Handlungsbedarf");
        paragraph(doc, null, "Ein Kernthema gilt als abgedeckt, wenn die dafür maßgebliche Struktur vorhanden ist "
                + "oder im Verbund mit anderen Gemeinden besteht: je nach Thema eine Ansprechperson, ein Netzwerk oder "
                + "mindestens ein Angebot. Alle Anteile beziehen sich auf die Gemeinden, deren Angabe bekannt ist.");
        paragraph(doc, null, "{{abdeckung}}");
        paragraph(doc, null, "{{handlungsbedarf}}");
        paragraph(doc, null, "{{vorjahr}}");

        paragraph(doc, "Heading3", "4. Personal");
        paragraph(doc, null, "{{personal}}");

        paragraph(doc, "Heading3", "5. Sicherung der Strukturen");
        paragraph(doc, null, "{{sicherung}}");

        paragraph(doc, "Heading3", "6. Anlage");
        paragraph(doc, null, "Integrationsbericht {{jahr}} mit den Blättern Übersicht, Kernthemen, "
                + "Handlungsbedarf, Personal, Befristungen, Entwicklung, Rücklauf und Erläuterungen "
                + "(Stichtag {{stichtag}}, Datenstand {{datenstand}}).");
    }

    /** The Beratungsfolge as the council information system shows it: one header row, one row per body. */
    private void consultation(XWPFDocument doc) {
        XWPFTable table = doc.createTable(2, 4);
        table.setStyleID("TableGrid");
        table.setWidth("100%");
        String[][] cells = {{"Beratungsfolge", "Sitzung am", "Beratung", "Status"},
                {"Sozialausschuss", "________", "Kenntnisnahme", "Ö (öffentlich)"}};
        for (int r = 0; r < cells.length; r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < cells[r].length; c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                p.setStyle("TableText");
                XWPFRun run = p.createRun();
                run.setText(cells[r][c]);
                run.setBold(r == 0);
            }
        }
        paragraph(doc, null, "");
    }

    private void header(XWPFDocument doc) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph first = header.createParagraph();
        first.setStyle("Header");
        for (int i = 0; i < letterhead.size(); i++) {
            XWPFParagraph p = i == 0 ? first : header.createParagraph();
            p.setStyle("Header");
            XWPFRun run = p.createRun();
            run.setText(letterhead.get(i));
            run.setBold(i == 0);
        }
        XWPFParagraph mark = header.createParagraph();
        mark.setStyle("Header");
        XWPFRun run = mark.createRun();
        run.setText("{{kennzeichnung}}");
        run.setBold(true);
    }

    private void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        CTTabStop tab = p.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
        p.createRun().setText("Integrationsmonitor {{jahr}} – Datenstand {{datenstand}}");
        p.createRun().addTab();
        p.createRun().setText("Seite ");
        field(p, "PAGE");
        p.createRun().setText(" von ");
        field(p, "NUMPAGES");
    }

    /** A field as Word writes it: begin, instruction, separator, shown value, end, each its own run. */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
    }

    /** A4 portrait; margins after DIN 5008 (2.5 cm left, 2 cm right), room for the letterhead above. */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1701));
        margins.setBottom(BigInteger.valueOf(1418));
        margins.setLeft(BigInteger.valueOf(1417));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    private void styles(XWPFDocument doc) throws IOException {
        String xml = """
                <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:docDefaults>
                    <w:rPrDefault><w:rPr>
                      <w:rFonts w:ascii="%1$s" w:hAnsi="%1$s" w:eastAsia="%1$s" w:cs="%1$s"/>
                      <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="de-DE" w:eastAsia="de-DE" w:bidi="ar-SA"/>
                    </w:rPr></w:rPrDefault>
                    <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
                  </w:docDefaults>
                  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:jc w:val="left"/></w:pPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
                    <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="120"/></w:pPr>
                    <w:rPr><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
                    <w:next w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
                    <w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
                    <w:next w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
                    <w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>
                    <w:next w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>
                    <w:rPr><w:b/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Kennzeichnung"><w:name w:val="Kennzeichnung"/>
                    <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:pBdr><w:top w:val="single" w:sz="8" w:space="2" w:color="000000"/>
                      <w:left w:val="single" w:sz="8" w:space="4" w:color="000000"/>
                      <w:bottom w:val="single" w:sz="8" w:space="2" w:color="000000"/>
                      <w:right w:val="single" w:sz="8" w:space="4" w:color="000000"/></w:pBdr>
                      <w:spacing w:before="60" w:after="180"/></w:pPr>
                    <w:rPr><w:b/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Tabelleninhalt"/>
                    <w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>
                    <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
                    <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
                    <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
                  <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
                    <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
                      <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
                    </w:tblCellMar></w:tblPr></w:style>
                  <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
                    <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                      <w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                      <w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>
                </w:styles>
                """.formatted(font);
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
        } catch (XmlException e) {
            throw new IOException(e);
        }
    }
}
