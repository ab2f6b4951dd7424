package vn.registry.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins slow down whoever makes them, never the account: each failure counts against the
 * client address (any name) and against the (name, address) pair. Past a number of free failures
 * every further one makes that key wait, twice as long each time up to a ceiling. A user at
 * another address is never affected, and an unknown name is counted exactly like a real one, so
 * the answers never tell which names exist. A success clears its (name, address) pair; a key with
 * no failure for a day is forgotten. Times are the database's, shared by every instance.
 */
@Component
class LoginThrottle {

	/** Failures of one name from one address before the first wait. */
	static final int FREE_PER_ACCOUNT = 5;

	/** Failures from one address, any names, before the first wait: an office shares its address. */
	static final int FREE_PER_ADDRESS = 30;

	static final Duration MAX_WAIT_PER_ACCOUNT = Duration.ofMinutes(15);

	static final Duration MAX_WAIT_PER_ADDRESS = Duration.ofHours(1);

	/** The key of an address's own throttle, for every name. */
	static final String ANY_NAME = "";

	private static final int MAX_USERNAME = 100;

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Until when a login of this name from this address must wait, if it must. */
	@Transactional(readOnly = true)
	Optional<Instant> blockedUntil(String username, String address) {
		return jdbc.sql("""
				SELECT blocked_until FROM login_throttle
				WHERE address = :address AND username IN ('', :username) AND blocked_until > now()
				ORDER BY blocked_until DESC LIMIT 1""")
			.param("address", address)
			.param("username", key(username))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/** Counts a failed login; answers until when the next one must wait, if this failure made it so. */
	@Transactional
	Optional<Instant> failed(String username, String address) {
		jdbc.sql("DELETE FROM login_throttle WHERE last_failure < now() - interval '1 day'").update();
		count(key(username), address, FREE_PER_ACCOUNT, MAX_WAIT_PER_ACCOUNT);
		count(ANY_NAME, address, FREE_PER_ADDRESS, MAX_WAIT_PER_ADDRESS);
		return blockedUntil(username, address);
	}

	@Transactional
	void succeeded(String username, String address) {
		jdbc.sql("DELETE FROM login_throttle WHERE address = :address AND username = :username")
			.param("address", address)
			.param("username", key(username))
			.update();
	}

	@Transactional(readOnly = true)
	List<ThrottleRow> recent() {
		return jdbc.sql("""
				SELECT id, address, username, failures, last_failure,
				       CASE WHEN blocked_until > now() THEN blocked_until END AS blocked_until
				FROM login_throttle WHERE last_failure >= now() - interval '1 day'
				ORDER BY blocked_until > now() DESC NULLS LAST, last_failure DESC LIMIT 200""")
			.query(ThrottleRow::of)
			.list();
	}

	/** An administrator lifts a throttle: its failures are forgotten. */
	@Transactional
	boolean lift(long id) {
		return jdbc.sql("DELETE FROM login_throttle WHERE id = :id").param("id", id).update() > 0;
	}

	private void count(String username, String address, int free, Duration maxWait) {
		int failures = jdbc.sql("""
				INSERT INTO login_throttle AS t (address, username, failures, last_failure)
				VALUES (:address, :username, 1, now())
				ON CONFLICT (address, username) DO UPDATE
				SET failures = least(t.failures + 1, 1000000), last_failure = now()
				RETURNING failures""")
			.param("address", address)
			.param("username", username)
			.query(Integer.class)
			.single();
		if (failures >= free) {
			jdbc.sql("""
					UPDATE login_throttle SET blocked_until = now() + make_interval(secs => :seconds)
					WHERE address = :address AND username = :username""")
				.param("seconds", wait(failures - free, maxWait).toSeconds())
				.param("address", address)
				.param("username", username)
				.update();
		}
	}

	/** One second after the last free failure, doubling with each further one, up to the ceiling. */
	static Duration wait(int beyondFree, Duration max) {
		if (beyondFree >= 30) {
			return max;
		}
		Duration wait = Duration.ofSeconds(1L << beyondFree);
		return wait.compareTo(max) > 0 ? max : wait;
	}

	private static String key(String username) {
		String name = AccountUserDetailsService.normalize(username);
		return name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
	}

}
