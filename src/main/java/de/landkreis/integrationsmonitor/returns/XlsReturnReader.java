package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.RecordFormatException;

/**
 * Reads old binary XLS workbooks with the HSSF user model; they are small (65,536 rows at most), so the whole
 * workbook in memory is acceptable. Cached formula results are read, never re-evaluated.
 */
final class XlsReturnReader {

    private final HeaderSynonyms synonyms;
    private final ImportLimits limits;

    XlsReturnReader(HeaderSynonyms synonyms, ImportLimits limits) {
        this.synonyms = synonyms;
        this.limits = limits;
    }

    ReadResult.Content read(Path file, String displayName, boolean macros) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
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
