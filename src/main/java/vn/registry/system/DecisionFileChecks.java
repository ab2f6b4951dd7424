package vn.registry.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.registry.decision.entry.DecisionFiles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the decisions' files and the database in step. Hourly, uploads held for a form no one
 * came back to within a day are deleted, by one instance at a time (a PostgreSQL advisory lock,
 * held for the transaction). At start-up, a decision whose file a crash left held (it is moved
 * after the commit) gets it moved, and files no decision refers to are reported.
 */
@Component
public class DecisionFileChecks implements ApplicationRunner {

	static final Duration PENDING_LIFETIME = Duration.ofDays(1);

	/** The advisory lock's key: any number no other part of the registry uses. */
	private static final long SWEEP_LOCK = 0x5245_4749_5354_5259L;

	private static final Logger log = LoggerFactory.getLogger(DecisionFileChecks.class);

	private final DecisionFiles files;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DecisionFileChecks(DecisionFiles files, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.files = files;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
	void sweep() {
		sweepPendingOlderThan(PENDING_LIFETIME);
	}

	/** Deletes the uploads held longer than the age; answers how many, or -1 if another instance is at it. */
	public int sweepPendingOlderThan(Duration age) {
		Integer deleted = transaction.execute(status -> {
			if (!Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", SWEEP_LOCK)
				.query(Boolean.class).single())) {
				return -1;
			}
			try {
				return files.deletePendingOlderThan(clock.instant().minus(age));
			}
			catch (IOException ex) {
				log.warn("Could not delete old uploads: {}", ex.toString());
				return 0;
			}
		});
		if (deleted != null && deleted > 0) {
			log.info("Deleted {} uploaded PDF(s) held for more than {} by forms never sent again", deleted, age);
		}
		return deleted == null ? 0 : deleted;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		check();
	}

	/** Answers the files no decision refers to (and logs them). */
	public List<String> check() throws IOException {
		Set<String> referred = new HashSet<>(jdbc.sql("SELECT pdf_file FROM decision WHERE pdf_file IS NOT NULL")
			.query(String.class).list());
		Set<String> kept = new HashSet<>(files.keptFiles());
		for (String held : files.pendingFiles()) {
			if (referred.contains(held) && !kept.contains(held)) {
				log.warn("Moving {} to the decisions' files: its decision was saved but the move did not happen", held);
				files.moveToKept(held);
				kept.add(held);
			}
		}
		List<String> orphans = kept.stream().filter(file -> !referred.contains(file)).sorted().toList();
		if (!orphans.isEmpty()) {
			log.warn("{} file(s) in the decisions' files belong to no decision: {}", orphans.size(),
					orphans.size() > 20 ? orphans.subList(0, 20) + " ..." : orphans);
		}
		return orphans;
	}

}
