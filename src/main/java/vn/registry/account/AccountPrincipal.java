package vn.registry.account;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in account as Spring Security keeps it in the session: a user with a display name. */
public class AccountPrincipal extends User {

	private static final long serialVersionUID = 1L;

	private final String displayName;

	AccountPrincipal(AppUser user, Instant now) {
		super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, !user.isLockedAt(now),
				List.of(new SimpleGrantedAuthority(user.getRole().authority())));
		this.displayName = user.getDisplayName();
	}

	public String getDisplayName() {
		return displayName;
	}

}
