package vn.registry.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a table row by row, so that a list of any length is written in constant memory. */
interface TableWriter extends AutoCloseable {

	void row(List<?> cells) throws IOException;

	@Override
	void close() throws IOException;

	static TableWriter open(ExportFormat format, String sheetName, OutputStream out) throws IOException {
		return format == ExportFormat.XLSX ? new XlsxTableWriter(sheetName, out) : new CsvTableWriter(out);
	}

}
