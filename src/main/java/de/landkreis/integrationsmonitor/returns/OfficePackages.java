package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Opens an Office Open XML package (XLSX, XLSM; XLSB or DOCX only to name their type) read-only with POI, through
 * POI's zip-bomb-protected zip and with only the entries the package declares a content type for: a package
 * re-zipped on a Mac carries {@code .DS_Store} files and {@code __MACOSX/} folders, which POI refuses as parts
 * without a content type, while Excel opens the workbook (RETURNS.md §2: stray parts are no reason to reject it).
 */
final class OfficePackages {

    static final String CONTENT_TYPES = "[Content_Types].xml";

    private OfficePackages() {
    }

    /**
     * The package of a zip that has {@value #CONTENT_TYPES}; close it with {@link OPCPackage#revert()}, which leaves
     * the zip open for its owner to close.
     */
    static OPCPackage open(ZipEntrySource zip) throws IOException, InvalidFormatException, SAXException {
        return OPCPackage.open(new DeclaredEntries(zip));
    }

    /** The main part (the workbook of a spreadsheet), in Transitional or Strict Open XML; null when there is none. */
    static PackagePart mainPart(OPCPackage pkg) {
        PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (main == null) {
            main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0);
        }
        return main == null ? null : pkg.getPart(main);
    }

    /** The entries of the zip that are parts of the package: those whose name or extension has a content type. */
    private static final class DeclaredEntries implements ZipEntrySource {

        private final ZipEntrySource zip;
        private final List<ZipArchiveEntry> entries;
        private boolean closed;

        DeclaredEntries(ZipEntrySource zip) throws IOException, SAXException {
            this.zip = zip;
            ZipArchiveEntry types = zip.getEntry(CONTENT_TYPES);
            if (types == null) {
                throw new IOException("No " + CONTENT_TYPES + " in the package");
            }
            Declarations declared = new Declarations();
            try (InputStream in = zip.getInputStream(types)) {
                SecureXml.parse(in, declared);
            }
            this.entries = Collections.list(zip.getEntries()).stream()
                    .<ZipArchiveEntry>map(entry -> entry)
                    .filter(entry -> !entry.isDirectory())
                    .filter(entry -> entry.getName().equals(CONTENT_TYPES) || declared.covers(entry.getName()))
                    .toList();
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return Collections.enumeration(entries);
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return entries.stream().filter(entry -> entry.getName().equalsIgnoreCase(path)).findFirst().orElse(null);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return zip.getInputStream(entry);
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }

    /** The content types part: default content types by extension and overrides by part name (both ignore case). */
    private static final class Declarations extends DefaultHandler {

        private final Set<String> extensions = new HashSet<>();
        private final Set<String> partNames = new HashSet<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("Default".equals(localName) && attributes.getValue("Extension") != null) {
                extensions.add(attributes.getValue("Extension").toLowerCase(Locale.ROOT));
            } else if ("Override".equals(localName) && attributes.getValue("PartName") != null) {
                partNames.add(attributes.getValue("PartName").toLowerCase(Locale.ROOT));
            }
        }

        boolean covers(String entryName) {
            String name = entryName.toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            boolean byExtension = dot > name.lastIndexOf('/') && extensions.contains(name.substring(dot + 1));
            return byExtension || partNames.contains("/" + name);
        }
    }
}
