package vn.registry.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Five failed logins in a row lock an account for fifteen minutes; a successful one starts over. */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final AppUsers users;

	private final Clock clock;

	LoginAttempts(AppUsers users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	/** Counts a wrong password; answers until when the account is locked if this failure locked it. */
	@Transactional
	Optional<Instant> failed(String username) {
		Instant now = clock.instant();
		String name = AccountUserDetailsService.normalize(username);
		if (users.recordFailedLogin(name, MAX_FAILURES, now.plus(LOCK_DURATION)) == 0) {
			return Optional.empty();
		}
		return lockedUntil(name, now);
	}

	@Transactional
	void succeeded(String username) {
		users.recordSuccessfulLogin(AccountUserDetailsService.normalize(username));
	}

	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String username) {
		return lockedUntil(AccountUserDetailsService.normalize(username), clock.instant());
	}

	private Optional<Instant> lockedUntil(String name, Instant now) {
		return users.findByUsername(name).filter(user -> user.isLockedAt(now)).map(AppUser::getLockedUntil);
	}

}
