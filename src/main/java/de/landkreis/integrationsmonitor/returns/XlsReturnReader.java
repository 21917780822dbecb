package de.landkreis.integrationsmonitor.returns;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.ContinueRecord;
import org.apache.poi.hssf.record.NameRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.LittleEndian;
import org.apache.poi.util.RecordFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads old binary XLS workbooks with the HSSF user model; they are small (65,536 rows at most), so the whole
 * workbook in memory is acceptable. Cached formula results are read, never re-evaluated. A defined name POI cannot
 * read does not cost the sheets (RETURNS.md §2): the import uses no name, so the workbook is then read without them.
 */
final class XlsReturnReader {

    private static final Logger log = LoggerFactory.getLogger(XlsReturnReader.class);
    private static final List<String> WORKBOOK_STREAMS = List.of("Workbook", "WORKBOOK", "BOOK");
    /** A BIFF record: its type and the length of its data, two little-endian shorts. */
    private static final int RECORD_HEADER = 4;

    private final HeaderSynonyms synonyms;
    private final ImportLimits limits;

    XlsReturnReader(HeaderSynonyms synonyms, ImportLimits limits) {
        this.synonyms = synonyms;
        this.limits = limits;
    }

    ReadResult.Content read(POIFSFileSystem fs, String displayName, boolean macros) {
        try (HSSFWorkbook workbook = open(fs, displayName)) {
            ExcelCellValues values = new ExcelCellValues(workbook.getInternalWorkbook().isUsing1904DateWindowing());
            List<SheetRecognizer> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                SheetRecognizer recognizer = new SheetRecognizer(synonyms,
                        Location.ofSheet(displayName, sheet.getSheetName()), limits.maxRowsPerSheet(), true);
                for (Row row : sheet) {
                    Map<Integer, CellValue> cells = new TreeMap<>();
                    for (Cell cell : row) {
                        CellValue value = value(cell, cell.getCellType(), values);
                        if (value != null) {
                            cells.put(cell.getColumnIndex(), value);
                        }
                    }
                    recognizer.row(row.getRowNum() + 1, cells);
                }
                sheets.add(recognizer);
            }
            return SheetRecognizer.workbookContent(FileFormat.XLS, macros, sheets);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException(ReadFailure.ENCRYPTED, ReadDetail.of("read.detail.encrypted"), e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableFileException(ReadFailure.UNSUPPORTED_TYPE, ReadDetail.of("read.type.excel95"), e);
        } catch (IOException | RecordFormatException | IllegalArgumentException e) {
            throw new UnreadableFileException(ReadFailure.DAMAGED, ReadDetail.of("read.detail.damagedWorkbook"), e);
        }
    }

    /** The workbook, or where its defined names stop POI, the workbook without them; else it is damaged. */
    private static HSSFWorkbook open(POIFSFileSystem fs, String displayName) throws IOException {
        try {
            return new HSSFWorkbook(fs.getRoot(), false);
        } catch (EncryptedDocumentException | OldExcelFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            Optional<POIFSFileSystem> withoutNames = withoutNames(fs.getRoot());
            if (withoutNames.isPresent()) {
                try {
                    HSSFWorkbook workbook = new HSSFWorkbook(withoutNames.get().getRoot(), false);
                    log.info("Datei „{}“: Namen der Arbeitsmappe nicht lesbar und übergangen: {}", displayName,
                            e.toString());
                    return workbook;
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
            }
            throw new UnreadableFileException(ReadFailure.DAMAGED, ReadDetail.of("read.detail.damagedWorkbook"), e);
        }
    }

    /**
     * The workbook stream without its NAME records (and their CONTINUE records), in a file system of its own; empty
     * when the workbook has no names. HSSF reads the sheets in the order of the stream, not by their offsets.
     */
    private static Optional<POIFSFileSystem> withoutNames(DirectoryNode root) throws IOException {
        String streamName = WORKBOOK_STREAMS.stream().filter(root::hasEntry).findFirst().orElse(null);
        if (streamName == null) {
            return Optional.empty();
        }
        byte[] stream;
        try (InputStream in = root.createDocumentInputStream(streamName)) {
            stream = in.readAllBytes();
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream(stream.length);
        boolean dropped = false;
        boolean inName = false;
        for (int at = 0; at + RECORD_HEADER <= stream.length; ) {
            int sid = LittleEndian.getUShort(stream, at);
            int end = Math.min(stream.length, at + RECORD_HEADER + LittleEndian.getUShort(stream, at + 2));
            inName = sid == NameRecord.sid || inName && sid == ContinueRecord.sid;
            if (inName) {
                dropped = true;
            } else {
                kept.write(stream, at, end - at);
            }
            at = end;
        }
        if (!dropped) {
            return Optional.empty();
        }
        POIFSFileSystem copy = new POIFSFileSystem();
        copy.createDocument(new ByteArrayInputStream(kept.toByteArray()), "Workbook");
        return Optional.of(copy);
    }

    private static CellValue value(Cell cell, CellType type, ExcelCellValues values) {
        return switch (type) {
            case NUMERIC -> {
                CellStyle style = cell.getCellStyle();
                yield values.numeric(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
            }
            case STRING -> ExcelCellValues.text(cell.getRichStringCellValue().getString());
            case BOOLEAN -> ExcelCellValues.bool(cell.getBooleanCellValue());
            case ERROR -> CellValue.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
            case FORMULA -> value(cell, cell.getCachedFormulaResultType(), values);
            case BLANK, _NONE -> null;
        };
    }
}
