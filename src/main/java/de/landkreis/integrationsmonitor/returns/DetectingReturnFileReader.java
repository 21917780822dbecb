package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;
import org.springframework.stereotype.Component;

/**
 * The {@link ReturnFileReader} of the application: decides the file type by content and hands the file to the
 * CSV, XLSX, XLS or ODS reader. Whatever the file holds, it answers with a {@link ReadResult} and never throws; the
 * file is only opened for reading. The checks come in the order of RETURNS.md §5 for every format: size, type by
 * content, then the readers with the row limit before the header. Every file that cannot be read (D02) leaves one
 * line in the technical log with the file, the failure and its cause, so IT can tell a damaged file from a limit.
 */
@Component
public class DetectingReturnFileReader implements ReturnFileReader {

    private static final Logger log = LoggerFactory.getLogger(DetectingReturnFileReader.class);
    /** Read failures that mean an upload is no table at all; the run reports every other one. */
    private static final Set<ReadFailure> NOT_A_TABLE =
            EnumSet.of(ReadFailure.UNSUPPORTED_TYPE, ReadFailure.EMPTY, ReadFailure.NOT_DECODABLE);

    private final ImportLimits limits;
    private final FileTypeDetector detector = new FileTypeDetector();
    private final CsvReturnReader csv;
    private final XlsxReturnReader xlsx;
    private final XlsReturnReader xls;
    private final OdsReturnReader ods;

    DetectingReturnFileReader(ImportLimits limits) {
        this.limits = limits;
        HeaderSynonyms synonyms = HeaderSynonyms.fromClasspath();
        this.csv = new CsvReturnReader(synonyms, limits);
        this.xlsx = new XlsxReturnReader(synonyms, limits);
        this.xls = new XlsReturnReader(synonyms, limits);
        this.ods = new OdsReturnReader(synonyms, limits);
        // POI keeps its zip-bomb limits in static fields; there is one import configuration per application.
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnzippedEntrySize().toBytes());
    }

    @Override
    public ReceivedBytes load(Path file, String displayName) {
        return load(file, displayName, true);
    }

    /**
     * Checks by content, as a run would read it, whether a file is a table of a type the import reads: an upload is
     * refused when it is not (rule D01, an empty file, bytes that are no text). Only the type is found, the content
     * is not read: its defects are left to the run, which reports them as findings (and logs them then).
     *
     * @return the reason for refusing the file, if any, and the checksum of the bytes read for the check
     */
    public TypeCheck checkType(Path file, String displayName) {
        ReceivedBytes loaded = load(file, displayName, false);
        if (loaded instanceof ReceivedBytes.Unreadable unreadable) {
            return new TypeCheck(refusal(unreadable.failure()), null);
        }
        ReceivedBytes.Read bytes = (ReceivedBytes.Read) loaded;
        try (OpenedFile opened = new OpenedFile(file, bytes.content())) {
            if (detector.detect(opened).format() == FileFormat.CSV) {
                CsvText.decode(bytes.content());
            }
            return new TypeCheck(Optional.empty(), bytes.sha256());
        } catch (UnreadableFileException e) {
            return new TypeCheck(refusal(new ReadResult.Failed(e.failure(), e.detail())), bytes.sha256());
        } catch (IOException | RuntimeException e) {
            return new TypeCheck(Optional.empty(), bytes.sha256());
        }
    }

    /**
     * @param refusal why an upload is no table of a type the import reads; empty when it is one
     * @param sha256  the checksum of the file's content, null when it was not read (empty, too large)
     */
    public record TypeCheck(Optional<ReadResult.Failed> refusal, String sha256) {
    }

    private static Optional<ReadResult.Failed> refusal(ReadResult.Failed failed) {
        return NOT_A_TABLE.contains(failed.failure()) ? Optional.of(failed) : Optional.empty();
    }

    /** The checks of RETURNS.md §5 that come before the type: the file's size; then its bytes, read once. */
    private ReceivedBytes load(Path file, String displayName, boolean logFailure) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableFileException(ReadFailure.EMPTY, ReadDetail.of("read.detail.empty"));
            }
            if (size > limits.maxFileSize().toBytes()) {
                throw new UnreadableFileException(ReadFailure.TOO_LARGE,
                        ReadDetail.of("read.detail.fileTooLarge", DataSizeText.of(limits.maxFileSize())));
            }
            byte[] content = Files.readAllBytes(file);
            return new ReceivedBytes.Read(file, content, Checksum.sha256(content));
        } catch (UnreadableFileException e) {
            return new ReceivedBytes.Unreadable(failed(logFailure, displayName, e.failure(), e.detail(), null));
        } catch (IOException e) {
            return new ReceivedBytes.Unreadable(failed(logFailure, displayName, ReadFailure.DAMAGED,
                    ReadDetail.of("read.detail.cannotOpen"), e));
        }
    }

    @Override
    public ReadResult read(ReceivedBytes.Read bytes, String displayName) {
        try (OpenedFile file = new OpenedFile(bytes.file(), bytes.content())) {
            DetectedType type = detector.detect(file);
            return switch (type.format()) {
                case CSV -> csv.read(file.content(), displayName);
                case XLS -> xls.read(file.compoundFile(), displayName, type.macros());
                case XLSX, XLSM -> xlsx.read(file.officePackage(), displayName, type.format(), type.macros());
                case ODS -> ods.read(file.zip(), displayName, type.macros());
            };
        } catch (UnreadableFileException e) {
            return failed(true, displayName, e.failure(), e.detail(), e.getCause());
        } catch (IOException | OpenXML4JException | SAXException e) {
            return failed(true, displayName, ReadFailure.DAMAGED, ReadDetail.of("read.detail.cannotRead"), e);
        } catch (OutOfMemoryError e) {
            return failed(true, displayName, ReadFailure.TOO_LARGE, ReadDetail.of("read.detail.outOfMemory"), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a POI failure we do not know yet must reject this file, not end the run (RETURNS.md §5, D02).
            log.error("Datei „{}“ nicht lesbar (D02, {}): unerwarteter Fehler beim Lesen", displayName,
                    ReadFailure.INTERNAL_ERROR, e);
            return new ReadResult.Failed(ReadFailure.INTERNAL_ERROR, ReadDetail.of("read.detail.unexpectedReadError"));
        }
    }

    /** A file that cannot be read; every such file but one of a type not read (D01) is a D02 with its log line. */
    private static ReadResult.Failed failed(boolean logFailure, String displayName, ReadFailure failure,
                                            ReadDetail detail, Throwable cause) {
        if (logFailure && failure != ReadFailure.UNSUPPORTED_TYPE) {
            log.warn("Datei „{}“ nicht lesbar (D02, {} {} {}): {}", displayName, failure, detail.key(),
                    detail.arguments(), cause == null ? "–" : cause.toString());
        }
        return new ReadResult.Failed(failure, detail);
    }
}
