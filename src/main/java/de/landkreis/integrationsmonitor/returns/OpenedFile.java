package de.landkreis.integrationsmonitor.returns;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXException;

/**
 * One received file while its type is found and its content read: each view detection and reading need — its zip
 * entries, its Office package, its OLE2 file system — is opened at most once, on first use, and closed together.
 * Text, signatures and OLE2 files are taken from the bytes already read for the checksum. A zip is opened from the
 * file itself through POI's {@link ZipSecureFile}: random access reads only the parts the reader needs, one at a
 * time and guarded against zip bombs, where a zip read from memory would hold every expanded part in the heap.
 */
final class OpenedFile implements Closeable {

    private final Path path;
    private final byte[] content;
    private ZipEntrySource zip;
    private OPCPackage officePackage;
    private POIFSFileSystem compoundFile;

    OpenedFile(Path path, byte[] content) {
        this.path = path;
        this.content = content;
    }

    byte[] content() {
        return content;
    }

    InputStream stream() {
        return new ByteArrayInputStream(content);
    }

    byte[] head(int length) {
        return Arrays.copyOf(content, Math.min(length, content.length));
    }

    ZipEntrySource zip() throws IOException {
        if (zip == null) {
            zip = new ZipFileZipEntrySource(new ZipSecureFile(path.toFile()));
        }
        return zip;
    }

    /** The Office Open XML package of the zip; only for a zip that has {@value OfficePackages#CONTENT_TYPES}. */
    OPCPackage officePackage() throws IOException, InvalidFormatException, SAXException {
        if (officePackage == null) {
            officePackage = OfficePackages.open(zip());
        }
        return officePackage;
    }

    POIFSFileSystem compoundFile() throws IOException {
        if (compoundFile == null) {
            compoundFile = new POIFSFileSystem(stream());
        }
        return compoundFile;
    }

    @Override
    public void close() throws IOException {
        if (officePackage != null) {
            // READ access: revert() closes without the attempt to save that close() would log about.
            officePackage.revert();
        }
        if (zip != null) {
            zip.close();
        }
        if (compoundFile != null) {
            compoundFile.close();
        }
    }
}
