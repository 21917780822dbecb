package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XLSX and XLSM workbooks, Transitional and Strict Open XML, with POI's package and one SAX pass per
 * worksheet, shared strings read-only, so memory does not grow with the size of a sheet. Hidden sheets are read like
 * the others; chart, dialog and macro sheets hold no cells to read and are passed over (RETURNS.md §2).
 */
final class XlsxReturnReader {

    private static final String WORKSHEET = XSSFRelation.WORKSHEET.getContentType();

    private final HeaderSynonyms synonyms;
    private final ImportLimits limits;

    XlsxReturnReader(HeaderSynonyms synonyms, ImportLimits limits) {
        this.synonyms = synonyms;
        this.limits = limits;
    }

    /** @param pkg the package as detection opened it; its owner closes it */
    ReadResult.Content read(OPCPackage pkg, String displayName, FileFormat format, boolean macros) {
        try {
            PackagePart workbookPart = OfficePackages.mainPart(pkg);
            if (workbookPart == null) {
                throw new POIXMLException("No workbook part in the package");
            }
            Workbook workbook = new Workbook();
            try (InputStream in = workbookPart.getInputStream()) {
                SecureXml.parse(in, workbook);
            }
            SharedStringsPart strings = SharedStringsPart.of(part(pkg, XSSFRelation.SHARED_STRINGS));
            CellFormats formats = new CellFormats();
            Optional<PackagePart> styles = part(pkg, XSSFRelation.STYLES);
            if (styles.isPresent()) {
                try (InputStream in = styles.get().getInputStream()) {
                    SecureXml.parse(in, formats);
                }
            }
            ExcelCellValues values = new ExcelCellValues(workbook.date1904);
            List<SheetRecognizer> sheets = new ArrayList<>();
            for (SheetEntry entry : workbook.sheets) {
                Optional<PackagePart> worksheet = worksheet(pkg, workbookPart, entry.relationId());
                if (worksheet.isEmpty()) {
                    continue;
                }
                SheetRecognizer sheet = new SheetRecognizer(synonyms, Location.ofSheet(displayName, entry.name()),
                        limits.maxRowsPerSheet(), true);
                try (InputStream in = worksheet.get().getInputStream()) {
                    SecureXml.parse(in, new XlsxSheetHandler(strings, formats, values, sheet));
                }
                sheets.add(sheet);
            }
            return SheetRecognizer.workbookContent(format, macros, sheets);
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException
                 | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException
                 | DateTimeException e) {
            throw UnreadableFileException.workbook(e);
        }
    }

    /** The one part of a kind, found by its content type, which Strict Open XML shares with Transitional. */
    private static Optional<PackagePart> part(OPCPackage pkg, XSSFRelation relation) {
        return pkg.getPartsByContentType(relation.getContentType()).stream().findFirst();
    }

    /** The part of a sheet the workbook lists, when it is a worksheet; other sheets carry no cells. */
    private static Optional<PackagePart> worksheet(OPCPackage pkg, PackagePart workbookPart, String relationId)
            throws OpenXML4JException {
        PackageRelationship relation = relationId == null ? null : workbookPart.getRelationship(relationId);
        if (relation == null || relation.getTargetMode() == TargetMode.EXTERNAL) {
            return Optional.empty();
        }
        PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(relation.getTargetURI()));
        return Optional.ofNullable(part).filter(p -> WORKSHEET.equals(p.getContentType()));
    }

    private record SheetEntry(String name, String relationId) {
    }

    /**
     * The workbook part: the sheets in their order with the relationship of each, and the date system (old Mac Excel
     * counts dates from 1904, {@code <workbookPr date1904="1"/>}). By element names, for Transitional and Strict.
     */
    private static final class Workbook extends DefaultHandler {

        private final List<SheetEntry> sheets = new ArrayList<>();
        private boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("workbookPr".equals(localName)) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            } else if ("sheet".equals(localName)) {
                sheets.add(new SheetEntry(attributes.getValue("name"), relationId(attributes)));
            }
        }

        /** {@code r:id}, whose namespace differs between Transitional and Strict Open XML. */
        private static String relationId(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).contains("relationships")) {
                    return attributes.getValue(i);
                }
            }
            return null;
        }
    }
}
