package vn.registry.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV in UTF-8, starting with a byte order mark so that Excel shows Vietnamese. */
final class CsvTableWriter implements TableWriter {

	private final Writer out;

	CsvTableWriter(OutputStream out) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		this.out.write('\uFEFF');
	}

	@Override
	public void row(List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			Object cell = cells.get(i);
			if (cell != null) {
				out.write(quoted(cell.toString()));
			}
		}
		out.write("\r\n");
	}

	/**
	 * A cell in quotes when it holds a separator, a quote or a line break; a cell that a spreadsheet
	 * would take for a formula (=, +, -, @) gets a leading apostrophe, as OWASP advises for CSV.
	 */
	static String quoted(String value) {
		String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+([.,]\\d+)?")
				? "'" + value : value;
		if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	@Override
	public void close() throws IOException {
		out.flush();
	}

}
