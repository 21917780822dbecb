package de.landkreis.integrationsmonitor.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens a written form as a person would in Excel: reads lists, types into cells, saves under a new name. */
final class FormFilling implements AutoCloseable {

    final XSSFWorkbook workbook;

    private FormFilling(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static FormFilling open(Path form) throws IOException {
        try (InputStream in = Files.newInputStream(form)) {
            return new FormFilling(new XSSFWorkbook(in));
        }
    }

    /** The values of a named list on the hidden sheet, as a drop-down shows them. */
    List<String> list(String rangeName) {
        Name name = workbook.getName(rangeName);
        AreaReference area = new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
        Sheet sheet = workbook.getSheet(area.getFirstCell().getSheetName());
        List<String> values = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            values.add(sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return values;
    }

    /** Types a value into a cell given as {@code Personal!B2}, keeping the cell's style (and with it its lock). */
    FormFilling type(String reference, Object value) {
        CellReference ref = new CellReference(reference);
        Sheet sheet = workbook.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
        return this;
    }

    Cell cell(String reference) {
        CellReference ref = new CellReference(reference);
        Row row = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    Path saveAs(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
