package vn.registry.system;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} (replacing Spring Boot's, by its bean name), with
 * an answer within {@link #TIMEOUT}: Spring Boot's check waits for a connection as long as the
 * pool does (seconds while the database is down), and a load balancer asking for health should
 * learn at once that the database is gone. A check still running when the time is up is left to
 * finish on its own; until it does, later checks wait for it rather than queue new ones.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

	static final Duration TIMEOUT = Duration.ofMillis(1500);

	private final DataSourceHealthIndicator check;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "database-health");
		thread.setDaemon(true);
		return thread;
	});

	private CompletableFuture<Health> running;

	DatabaseHealth(DataSource dataSource) {
		this.check = new DataSourceHealthIndicator(dataSource);
	}

	@Override
	public Health health() {
		CompletableFuture<Health> result;
		synchronized (this) {
			if (running == null || running.isDone()) {
				running = CompletableFuture.supplyAsync(check::health, executor);
			}
			result = running;
		}
		try {
			return result.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("error", "no answer within " + TIMEOUT.toMillis() + " ms").build();
		}
		catch (ExecutionException ex) {
			return Health.down(ex.getCause()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down(ex).build();
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
