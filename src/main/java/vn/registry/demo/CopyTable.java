package vn.registry.demo;

import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Rows for one table, sent to PostgreSQL in one {@code COPY ... FROM STDIN} (text format). */
final class CopyTable {

	private final String name;

	private final String[] columns;

	private final List<Object[]> rows = new ArrayList<>();

	CopyTable(String name, String... columns) {
		this.name = name;
		this.columns = columns;
	}

	void add(Object... values) {
		if (values.length != columns.length) {
			throw new IllegalArgumentException(name + " has " + columns.length + " columns, not " + values.length);
		}
		rows.add(values);
	}

	String name() {
		return name;
	}

	int size() {
		return rows.size();
	}

	void copyInto(Connection connection) throws SQLException {
		String sql = "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN";
		long copied = PgCopy.copyIn(connection, sql, new RowReader());
		if (copied != rows.size()) {
			throw new IllegalStateException("Copied " + copied + " of " + rows.size() + " rows into " + name);
		}
	}

	/** The rows as COPY text, produced as the driver reads them rather than all at once. */
	private final class RowReader extends Reader {

		private final StringBuilder line = new StringBuilder(512);

		private int row;

		private int position;

		@Override
		public int read(char[] buffer, int offset, int length) {
			int filled = 0;
			while (filled < length) {
				if (position == line.length()) {
					if (row == rows.size()) {
						break;
					}
					line.setLength(0);
					position = 0;
					append(rows.get(row++));
				}
				int count = Math.min(length - filled, line.length() - position);
				line.getChars(position, position + count, buffer, offset + filled);
				position += count;
				filled += count;
			}
			return filled == 0 && length > 0 ? -1 : filled;
		}

		private void append(Object[] values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					line.append('\t');
				}
				appendValue(values[i]);
			}
			line.append('\n');
		}

		private void appendValue(Object value) {
			if (value == null) {
				line.append("\\N");
				return;
			}
			String text = value.toString();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> line.append("\\\\");
					case '\t' -> line.append("\\t");
					case '\n' -> line.append("\\n");
					case '\r' -> line.append("\\r");
					default -> line.append(c);
				}
			}
		}

		@Override
		public void close() {
		}

	}

}
