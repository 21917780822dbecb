package de.landkreis.integrationsmonitor.returns;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Decides the type of a received file by its content, never by its name (RETURNS.md §5, D01/D02): OLE2 compound
 * files (XLS, or an encrypted OOXML package), zip packages (XLSX/XLSM by their content types), known non-table
 * formats, and everything else as text for the CSV reader.
 */
final class FileTypeDetector {

    private static final String SPREADSHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String MACRO_TEMPLATE_MAIN = "application/vnd.ms-excel.template.macroEnabled.main+xml";
    private static final String BINARY_MAIN = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
    private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";
    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String POWERPOINT = "application/vnd.openxmlformats-officedocument.presentationml.";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";

    DetectedType detect(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OLE2 -> compoundFile(file);
            case OOXML -> zipPackage(file);
            case PDF -> throw unsupported("read.type.pdf");
            case PNG, JPEG, GIF, TIFF, BMP, WMF, EMF -> throw unsupported("read.type.image");
            case WORD2, MSWRITE, RTF -> throw unsupported("read.type.word");
            case HTML -> throw unsupported("read.type.html");
            case XML -> throw unsupported("read.type.xml");
            case BIFF2, BIFF3, BIFF4 -> throw unsupported("read.type.excel2to4");
            case UNKNOWN -> new DetectedType(FileFormat.CSV, false);
        };
    }

    private static DetectedType compoundFile(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
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
            throw unsupported("read.type.otherOffice");
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(ReadFailure.DAMAGED, ReadDetail.of("read.detail.damagedFile"), e);
        }
    }

    private static DetectedType zipPackage(Path file) {
        List<String> contentTypes;
        boolean vbaPart;
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                throw unsupported(openDocumentType(zip));
            }
            try (InputStream in = zip.getInputStream(types)) {
                contentTypes = contentTypes(in);
            }
            vbaPart = Collections.list(zip.getEntries()).stream()
                    .anyMatch(entry -> entry.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException e) {
            throw XlsxReturnReader.damaged(e);
        }
        return officeType(contentTypes, vbaPart);
    }

    private static DetectedType officeType(List<String> contentTypes, boolean vbaPart) {
        if (contentTypes.stream().anyMatch(t -> t.startsWith(BINARY_MAIN))) {
            throw unsupported("read.type.xlsb");
        }
        boolean macroMain = contentTypes.contains(MACRO_MAIN) || contentTypes.contains(MACRO_TEMPLATE_MAIN);
        boolean spreadsheet = contentTypes.stream().anyMatch(t -> t.startsWith(SPREADSHEET_MAIN)
                && t.endsWith(".main+xml"));
        if (macroMain || (spreadsheet && (vbaPart || contentTypes.contains(VBA_PROJECT)))) {
            return new DetectedType(FileFormat.XLSM, true);
        }
        if (spreadsheet) {
            return new DetectedType(FileFormat.XLSX, false);
        }
        if (contentTypes.stream().anyMatch(t -> t.startsWith(WORD))) {
            throw unsupported("read.type.word");
        }
        if (contentTypes.stream().anyMatch(t -> t.startsWith(POWERPOINT))) {
            throw unsupported("read.type.powerpoint");
        }
        throw unsupported("read.type.otherOffice");
    }

    /**
     * OpenDocument packages name their type in a first entry {@code mimetype}; other zips are plain archives.
     *
     * @return the type as a {@code read.type.*} key
     */
    private static String openDocumentType(ZipSecureFile zip) throws IOException {
        ZipArchiveEntry entry = zip.getEntry("mimetype");
        if (entry == null) {
            return "read.type.zip";
        }
        String mimetype;
        try (InputStream in = zip.getInputStream(entry)) {
            mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
        }
        if (mimetype.equals(ODS)) {
            return "read.type.ods";
        }
        return mimetype.startsWith(OPEN_DOCUMENT) ? "read.type.openDocument" : "read.type.zip";
    }

    private static List<String> contentTypes(InputStream in) throws IOException, SAXException {
        Document document = XMLHelper.newDocumentBuilder().parse(in);
        List<String> types = new ArrayList<>();
        for (String element : List.of("Default", "Override")) {
            NodeList nodes = document.getElementsByTagNameNS("*", element);
            for (int i = 0; i < nodes.getLength(); i++) {
                types.add(((Element) nodes.item(i)).getAttribute("ContentType"));
            }
        }
        return types;
    }

    /** @param typeKey the type found, as a {@code read.type.*} key of the bundle */
    private static UnreadableFileException unsupported(String typeKey) {
        return new UnreadableFileException(ReadFailure.UNSUPPORTED_TYPE, ReadDetail.of(typeKey));
    }
}
