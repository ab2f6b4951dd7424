package vn.registry.account;

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

	AccountUserDetailsService(AppUsers users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(normalize(username))
			.map(user -> new AccountPrincipal(user))
			.orElseThrow(() -> new UsernameNotFoundException(null));
	}

	/** Usernames are stored in lower case; a name typed as "Admin " still finds "admin". */
	static String normalize(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
