package de.landkreis.integrationsmonitor.returns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Decides the type of a received file by its content, never by its name (RETURNS.md §2, §5, D01/D02): OLE2 compound
 * files (XLS, or an encrypted OOXML package), Office Open XML packages by the content type of their main part,
 * OpenDocument packages by their media type, XML files by their root element, other known formats by their
 * signature, and everything else as text for the CSV reader. A format that is not read is named as a clerk knows it.
 */
final class FileTypeDetector {

    /** Enough for every signature, a dBase header included. */
    private static final int HEAD = 64 * 1024;

    private static final String SPREADSHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    /** Macro-enabled workbooks, templates and add-ins: {@code application/vnd.ms-excel.*.macroEnabled.main+xml}. */
    private static final String MACRO_ENABLED_MAIN = "application/vnd.ms-excel.";
    private static final String BINARY_MAIN = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
    private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";
    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String POWERPOINT = "application/vnd.openxmlformats-officedocument.presentationml.";
    private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String EXCEL_2003_NS = "urn:schemas-microsoft-com:office:spreadsheet";

    DetectedType detect(OpenedFile file) throws IOException {
        byte[] head = file.head(HEAD);
        return switch (FileMagic.valueOf(new ByteArrayInputStream(head))) {
            case OLE2 -> compoundFile(file);
            case OOXML -> zipPackage(file);
            case PDF -> throw unsupported("read.type.pdf");
            case PNG, JPEG, GIF, TIFF, BMP, WMF, EMF -> throw unsupported("read.type.image");
            case WORD2, MSWRITE, RTF -> throw unsupported("read.type.word");
            case HTML -> throw unsupported("read.type.html");
            case XML -> throw unsupported(xmlType(file));
            case BIFF2, BIFF3, BIFF4 -> throw unsupported("read.type.excel2to4");
            case UNKNOWN -> {
                Optional<String> other = OtherFormats.of(head);
                if (other.isPresent()) {
                    throw unsupported(other.get());
                }
                yield new DetectedType(FileFormat.CSV, false);
            }
        };
    }

    private static DetectedType compoundFile(OpenedFile file) {
        try {
            DirectoryNode root = file.compoundFile().getRoot();
            // A password-protected XLSX is an OLE2 container around the encrypted zip package.
            if (root.hasEntry("EncryptedPackage")) {
                throw new UnreadableFileException(ReadFailure.ENCRYPTED, ReadDetail.of("read.detail.encrypted"));
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("BOOK")) {
                return new DetectedType(FileFormat.XLS, root.hasEntry("_VBA_PROJECT_CUR"));
            }
            if (root.hasEntry("Book")) {
                throw unsupported("read.type.excel95");
            }
            if (root.hasEntry("WordDocument")) {
                throw unsupported("read.type.word");
            }
            if (root.hasEntry("PowerPoint Document")) {
                throw unsupported("read.type.powerpoint");
            }
            // Quattro Pro 7 and later (.wb3, .qpw) keep their sheets in this stream.
            if (root.hasEntry("NativeContent_MAIN")) {
                throw unsupported("read.type.quattro");
            }
            throw unsupported("read.type.otherOffice");
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(ReadFailure.DAMAGED, ReadDetail.of("read.detail.damagedFile"), e);
        }
    }

    private static DetectedType zipPackage(OpenedFile file) {
        try {
            ZipEntrySource zip = file.zip();
            return zip.getEntry(OfficePackages.CONTENT_TYPES) == null ? otherZip(zip) : officePackage(file);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            throw UnreadableFileException.workbook(e);
        }
    }

    /** The type of an Office Open XML package is that of its main part, whatever defaults the package declares. */
    private static DetectedType officePackage(OpenedFile file) throws IOException, SAXException, OpenXML4JException {
        OPCPackage pkg = file.officePackage();
        PackagePart main = OfficePackages.mainPart(pkg);
        String type = main == null ? "" : main.getContentType();
        boolean vbaProject = !pkg.getPartsByContentType(VBA_PROJECT).isEmpty() || pkg.getParts().stream()
                .anyMatch(part -> part.getPartName().getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
        if (type.startsWith(BINARY_MAIN)) {
            throw unsupported("read.type.xlsb");
        }
        if (type.startsWith(MACRO_ENABLED_MAIN) && type.endsWith(".main+xml")) {
            return new DetectedType(FileFormat.XLSM, true);
        }
        if (type.startsWith(SPREADSHEET_MAIN) && type.endsWith(".main+xml")) {
            return new DetectedType(vbaProject ? FileFormat.XLSM : FileFormat.XLSX, vbaProject);
        }
        if (type.startsWith(WORD)) {
            throw unsupported("read.type.word");
        }
        if (type.startsWith(POWERPOINT)) {
            throw unsupported("read.type.powerpoint");
        }
        throw unsupported("read.type.otherOffice");
    }

    /** A zip without content types: OpenDocument (also without its {@code mimetype} entry), Apple Numbers, or an archive. */
    private static DetectedType otherZip(ZipEntrySource zip) throws IOException, SAXException {
        Optional<OpenDocumentPackage> openDocument = OpenDocumentPackage.of(zip);
        if (openDocument.isPresent() && openDocument.get().spreadsheet()) {
            if (openDocument.get().encrypted()) {
                throw new UnreadableFileException(ReadFailure.ENCRYPTED, ReadDetail.of("read.detail.encrypted"));
            }
            return new DetectedType(FileFormat.ODS, openDocument.get().macros());
        }
        if (openDocument.isPresent() && openDocument.get().mediaType().startsWith(OPEN_DOCUMENT)) {
            throw unsupported("read.type.openDocument");
        }
        // Numbers, Pages and Keynote since 2013 keep their content in Index/*.iwa (or Index.zip from iCloud).
        if (zip.getEntry("Index/Document.iwa") != null || zip.getEntry("Index.zip") != null) {
            throw unsupported("read.type.numbers");
        }
        throw unsupported("read.type.zip");
    }

    /** Flat OpenDocument and Excel 2003 XML are named by their root element; other XML is just XML. */
    private static String xmlType(OpenedFile file) {
        RootElement root = new RootElement();
        try (InputStream in = file.stream()) {
            SecureXml.parse(in, root);
        } catch (RootElement.Found found) {
            // the root element is all this needs
        } catch (IOException | SAXException | RuntimeException e) {
            return "read.type.xml";
        }
        if (OFFICE_NS.equals(root.uri) && "document".equals(root.localName)) {
            String mimetype = root.mimetype == null ? "" : root.mimetype;
            return mimetype.startsWith(OpenDocumentPackage.SPREADSHEET) ? "read.type.fods" : "read.type.openDocument";
        }
        if (EXCEL_2003_NS.equals(root.uri) && "Workbook".equals(root.localName)) {
            return "read.type.excel2003xml";
        }
        return "read.type.xml";
    }

    /** @param typeKey the type found, as a {@code read.type.*} key of the bundle */
    private static UnreadableFileException unsupported(String typeKey) {
        return new UnreadableFileException(ReadFailure.UNSUPPORTED_TYPE, ReadDetail.of(typeKey));
    }

    private static final class RootElement extends DefaultHandler {

        private String uri;
        private String localName;
        private String mimetype;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            this.uri = uri;
            this.localName = localName;
            this.mimetype = attributes.getValue(OFFICE_NS, "mimetype");
            throw new Found();
        }

        /** Ends the parse at the root element. */
        private static final class Found extends SAXException {
        }
    }
}
