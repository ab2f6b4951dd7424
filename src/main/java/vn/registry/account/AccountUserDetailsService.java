package vn.registry.account;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for the login form; an unknown name fails exactly like a wrong password. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AppUsers users;

	private final Clock clock;

	AccountUserDetailsService(AppUsers users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(normalize(username))
			.map(user -> new AccountPrincipal(user, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException(null));
	}

	/** Usernames are stored in lower case; a name typed as "Admin " still finds "admin". */
	static String normalize(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
