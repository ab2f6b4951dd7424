package vn.registry.system;

import java.io.IOException;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code SPRING_DATASOURCE_URL}, the registry runs its own PostgreSQL whose data lives in
 * {@code REGISTRY_DATA_DIR/postgres} and survives restarts. The server starts and stops with the
 * Spring context; one left running by a killed process is shut down first.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {


	/** How long a request waits for a connection before it is told the database is unreachable. */
	static final long CONNECTION_TIMEOUT_MILLIS = 2000;

	static final long VALIDATION_TIMEOUT_MILLIS = 1000;

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${registry.data-dir}") Path dataDir,
			@Value("${registry.embedded-database.ephemeral:false}") boolean ephemeral) throws IOException {
		return start(dataDir, ephemeral, 0);
	}

	/** Starts the server on the data directory; on the given port, or any free one for 0. */
	static EmbeddedPostgres start(Path dataDir, boolean ephemeral, int port) throws IOException {
		Path pgData = dataDir.resolve("postgres").toAbsolutePath();
		OrphanedPostmaster.stopIfRunning(pgData);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (port > 0) {
			builder.setPort(port);
		}
		return builder
			.setDataDirectory(pgData)
			// Ephemeral (tests): a new database that is deleted when the context closes.
			.setCleanDataDirectory(ephemeral)
			.setRegisterShutdownHook(true)
			.setLocaleConfig("locale", "C")
			// zonky passes -F (fsync off) for throwaway test databases; this one keeps real data.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "50")
			.setServerConfig("listen_addresses", "localhost")
			.start();
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("registry");
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		// Give up after a few seconds (Hikari's default is 30): while the database is down, pages
		// answer 503 at once rather than hang. See application.properties for an external database.
		dataSource.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
		dataSource.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
		return dataSource;
	}


}
