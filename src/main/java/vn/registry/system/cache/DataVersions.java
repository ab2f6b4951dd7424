package vn.registry.system.cache;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the data version, which every committed write moves on ({@code registry_change}, kept by
 * triggers on every table: see V7). Requests share reads: a request may use any read that began
 * after it arrived, since that read sees every write committed before the request; under load, one
 * statement serves all the requests that arrived while the previous one ran. A request inside a
 * transaction reads for itself: only its own statement can tell whether its transaction has written.
 */
@Component
class DataVersions {

	/** The version, the database's date, and whether the reading transaction has uncommitted writes. */
	record DataVersion(long version, LocalDate today, boolean uncommittedWrites) {
	}

	private record Read(long started, CompletableFuture<DataVersion> result) {
	}

	private final JdbcClient jdbc;

	private final Object lock = new Object();

	private volatile Read latest;

	private Read running;

	DataVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DataVersion current() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return query();
		}
		long arrived = System.nanoTime();
		Read done = latest;
		if (done != null && done.started() - arrived > 0) {
			return done.result().join();
		}
		Read read;
		boolean mine = false;
		synchronized (lock) {
			if (running != null && running.started() - arrived > 0) {
				read = running;
			}
			else {
				read = new Read(System.nanoTime(), new CompletableFuture<>());
				running = read;
				mine = true;
			}
		}
		if (mine) {
			try {
				read.result().complete(query());
				latest = read;
			}
			catch (RuntimeException ex) {
				read.result().completeExceptionally(ex);
				throw ex;
			}
			finally {
				synchronized (lock) {
					if (running == read) {
						running = null;
					}
				}
			}
		}
		return read.result().join();
	}

	private DataVersion query() {
		return jdbc.sql("""
				SELECT version, current_date AS today,
				       coalesce(current_setting('registry.changed', true) = 'yes', false) AS uncommitted_writes
				FROM registry_change""").query(DataVersion.class).single();
	}

}
