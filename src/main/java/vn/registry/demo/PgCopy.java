package vn.registry.demo;

import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN} through the driver's {@code CopyManager}. The driver is a
 * runtime dependency (the code compiles against JDBC only), so its copy API is reached by name.
 */
final class PgCopy {

	private PgCopy() {
	}

	/** Streams {@code data} (COPY text format) into {@code copySql}; returns the rows copied. */
	static long copyIn(Connection connection, String copySql, Reader data) throws SQLException {
		try {
			Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
			Object copyManager = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
			return (Long) copyManager.getClass()
				.getMethod("copyIn", String.class, Reader.class)
				.invoke(copyManager, copySql, data);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof SQLException sql) {
				throw sql;
			}
			throw new IllegalStateException("COPY failed: " + copySql, ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("COPY needs the PostgreSQL JDBC driver", ex);
		}
	}

}
