package vn.registry.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database after {@code kill -9} of the application: the server it left running
 * is stopped cleanly, the next start works the first time, and committed data is all there.
 */
class EmbeddedPostgresRecoveryTest {

	@TempDir
	Path dataDir;

	@Test
	void restartsAfterTheApplicationWasKilledAndKeepsCommittedData() throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedPostgresChild.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try {
			assertThat(awaitReady(child)).as("child started its database").isTrue();
			child.destroyForcibly(); // SIGKILL: no shutdown hook runs
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

			Path pgData = dataDir.resolve("postgres").toAbsolutePath();
			Optional<ProcessHandle> orphan = OrphanedPostmaster.find(pgData);
			assertThat(orphan).as("the killed JVM left its PostgreSQL running").isPresent();

			try (EmbeddedPostgres restarted = new EmbeddedDatabaseConfiguration().embeddedPostgres(dataDir, false);
					Connection connection = restarted.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT value FROM survivor")) {
				assertThat(orphan.get().isAlive()).as("the orphaned server was stopped").isFalse();
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("committed before kill -9");
				assertThat(rows.next()).isFalse();
			}
			assertThat(OrphanedPostmaster.find(pgData)).as("a clean stop leaves no server behind").isEmpty();
			assertThat(Files.exists(pgData.resolve("PG_VERSION"))).as("the data directory is kept").isTrue();
		}
		finally {
			child.destroyForcibly();
		}
	}

	private static boolean awaitReady(Process child) throws Exception {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				if (line.equals("READY")) {
					return true;
				}
			}
		}
		return false;
	}

}
