package vn.registry.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written by POI's streaming SXSSF: only the last 100 rows are in memory, the rest
 * go to a compressed temporary file, which is removed when the workbook is closed.
 */
final class XlsxTableWriter implements TableWriter {

	private static final int ROWS_IN_MEMORY = 100;

	private final SXSSFWorkbook workbook;

	private final SXSSFSheet sheet;

	private final OutputStream out;

	private final CellStyle header;

	private final CellStyle date;

	private int rows;

	XlsxTableWriter(String sheetName, OutputStream out) {
		this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		this.workbook.setCompressTempFiles(true);
		this.sheet = workbook.createSheet(sheetName);
		this.out = out;
		this.header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header.setFont(bold);
		this.date = workbook.createCellStyle();
		this.date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
	}

	@Override
	public void row(List<?> cells) {
		Row row = sheet.createRow(rows);
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			var cell = row.createCell(i);
			if (rows == 0) {
				cell.setCellStyle(header);
			}
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(date);
			}
			else if (value != null) {
				cell.setCellValue(value.toString());
			}
		}
		rows++;
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.write(out);
			out.flush();
		}
		finally {
			workbook.close();
		}
	}

}
