package vn.registry.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresRecoveryTest}: starts the registry's embedded
 * PostgreSQL on a data directory, commits a row, says so, and waits to be killed.
 */
public final class EmbeddedPostgresChild {

	private EmbeddedPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]);
		EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(dataDir, false);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS survivor (value text NOT NULL)");
			statement.execute("INSERT INTO survivor (value) VALUES ('committed before kill -9')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(120_000);
	}

}
