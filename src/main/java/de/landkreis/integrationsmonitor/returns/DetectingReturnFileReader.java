package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The {@link ReturnFileReader} of the application: decides the file type by content and hands the file to the
 * CSV, XLSX or XLS reader. Whatever the file holds, it answers with a {@link ReadResult} and never throws; the
 * file is only opened for reading.
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

    DetectingReturnFileReader(ImportLimits limits) {
        this.limits = limits;
        HeaderSynonyms synonyms = HeaderSynonyms.fromClasspath();
        this.csv = new CsvReturnReader(synonyms, limits);
        this.xlsx = new XlsxReturnReader(synonyms, limits);
        this.xls = new XlsReturnReader(synonyms, limits);
        // POI keeps its zip-bomb limits in static fields; there is one import configuration per application.
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnzippedEntrySize().toBytes());
    }

    @Override
    public ReadResult read(Path file, String displayName) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                return new ReadResult.Failed(ReadFailure.EMPTY, ReadDetail.of("read.detail.empty"));
            }
            if (size > limits.maxFileSize().toBytes()) {
                return new ReadResult.Failed(ReadFailure.TOO_LARGE,
                        ReadDetail.of("read.detail.fileTooLarge", DataSizeText.of(limits.maxFileSize())));
            }
            DetectedType type = detector.detect(file);
            return switch (type.format()) {
                case CSV -> csv.read(file, displayName);
                case XLS -> xls.read(file, displayName, type.macros());
                case XLSX, XLSM -> xlsx.read(file, displayName, type.format(), type.macros());
            };
        } catch (UnreadableFileException e) {
            return e.toFailed();
        } catch (IOException e) {
            log.warn("Cannot read {}", displayName, e);
            return new ReadResult.Failed(ReadFailure.DAMAGED, ReadDetail.of("read.detail.cannotRead"));
        } catch (OutOfMemoryError e) {
            return new ReadResult.Failed(ReadFailure.TOO_LARGE, ReadDetail.of("read.detail.outOfMemory"));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a POI failure we do not know yet must reject this file, not end the run (RETURNS.md §5, D02).
            log.error("Unexpected failure reading {}", displayName, e);
            return new ReadResult.Failed(ReadFailure.INTERNAL_ERROR,
                    ReadDetail.of("read.detail.unexpectedReadError", e.getClass().getSimpleName()));
        }
    }

    /**
     * Checks by content, exactly as a run would read it, whether a file is a table of a type the import reads: an
     * upload is refused when it is not (rule D01, an empty file, bytes that are no text). Other defects are left
     * to the run, which reports them as findings.
     *
     * @return the reason for refusing the file; empty when it is a readable table type
     */
    public Optional<ReadResult.Failed> typeRefusal(Path file, String displayName) {
        if (read(file, displayName) instanceof ReadResult.Failed failed && NOT_A_TABLE.contains(failed.failure())) {
            return Optional.of(failed);
        }
        return Optional.empty();
    }
}
