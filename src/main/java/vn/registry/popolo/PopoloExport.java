package vn.registry.popolo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes the whole registry as one Popolo document, row by row, in one read-only transaction. */
@Component
class PopoloExport {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	PopoloExport(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	void write(OutputStream stream) throws IOException {
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		Map<String, List<PopoloSql.Collection>> byName = new LinkedHashMap<>();
		PopoloSql.COLLECTIONS.forEach(c -> byName.computeIfAbsent(c.name(), name -> new java.util.ArrayList<>()).add(c));
		readOnly.executeWithoutResult(status -> {
			try {
				out.write('{');
				boolean firstName = true;
				for (Map.Entry<String, List<PopoloSql.Collection>> entry : byName.entrySet()) {
					out.write((firstName ? "" : ",") + "\n\"" + entry.getKey() + "\":[");
					firstName = false;
					boolean[] first = { true };
					for (PopoloSql.Collection collection : entry.getValue()) {
						jdbc.query(collection.sql(), rows -> {
							write(out, (first[0] ? "\n" : ",\n") + rows.getString(1));
							first[0] = false;
						});
					}
					out.write("]");
				}
				out.write("}\n");
				out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static void write(Writer out, String text) {
		try {
			out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
