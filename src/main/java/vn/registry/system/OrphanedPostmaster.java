package vn.registry.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running when the process that started it was killed ({@code kill -9})
 * still holds the data directory, so a new server could not start. This finds it through
 * {@code postmaster.pid} and asks it to shut down (SIGTERM: it finishes and flushes its work;
 * its clients died with the old process). Only a last resort kills it, which PostgreSQL
 * survives by crash recovery on the next start: committed data is never lost with fsync on.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private OrphanedPostmaster() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Optional<ProcessHandle> postmaster = find(dataDirectory);
		if (postmaster.isEmpty()) {
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("Stopping the PostgreSQL server (pid {}) left running in {} by an earlier run",
				process.pid(), dataDirectory);
		process.destroy();
		if (!awaitExit(process, SHUTDOWN_WAIT)) {
			log.warn("PostgreSQL (pid {}) did not stop in {}s; killing it", process.pid(),
					SHUTDOWN_WAIT.toSeconds());
			process.destroyForcibly();
			awaitExit(process, SHUTDOWN_WAIT);
		}
	}

	static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPostgres);
	}

	private static boolean isPostgres(ProcessHandle process) {
		// A stale pid may since belong to another program: never signal that one.
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

	private static boolean awaitExit(ProcessHandle process, Duration wait) {
		try {
			process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

}
