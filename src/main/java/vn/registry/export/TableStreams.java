package vn.registry.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a query's rows into a table in constant memory: PostgreSQL's driver reads a result in
 * batches of the fetch size only inside a transaction (read-only here), and each row is written as it
 * arrives. Columns are headed by the message {@code export.column.<alias>}; a column whose alias ends
 * in {@code _key} holds message keys (a level, a status, a decision type) and is written translated.
 */
@Component
class TableStreams {

	static final int FETCH_SIZE = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final MessageSource messages;

	TableStreams(DataSource dataSource, PlatformTransactionManager transactions, MessageSource messages) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.messages = messages;
	}

	void write(String sql, Map<String, ?> params, TableWriter table, Locale locale) {
		ResultSetExtractor<Void> writeRows = rows -> {
			ResultSetMetaData meta = rows.getMetaData();
			List<String> headers = new ArrayList<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				headers.add(messages.getMessage("export.column." + meta.getColumnLabel(i), null, locale));
			}
			write(table, headers);
			while (rows.next()) {
				write(table, cells(rows, meta, locale));
			}
			return null;
		};
		readOnly.executeWithoutResult(status -> jdbc.query(sql, params, writeRows));
	}

	private List<Object> cells(ResultSet rows, ResultSetMetaData meta, Locale locale) throws SQLException {
		List<Object> cells = new ArrayList<>(meta.getColumnCount());
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			Object value = rows.getObject(i);
			if (value instanceof Date day) {
				value = day.toLocalDate();
			}
			else if (value != null && meta.getColumnLabel(i).endsWith("_key")) {
				value = messages.getMessage(value.toString(), null, value.toString(), locale);
			}
			cells.add(value);
		}
		return cells;
	}

	private static void write(TableWriter table, List<?> cells) {
		try {
			table.row(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
