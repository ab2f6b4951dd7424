package vn.registry.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in account as Spring Security keeps it in the session: a user with a display name. */
public class AccountPrincipal extends User {

	private static final long serialVersionUID = 1L;

	private final String displayName;

	private final boolean mustChangePassword;

	AccountPrincipal(AppUser user) {
		super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(user.getRole().authority())));
		this.displayName = user.getDisplayName();
		this.mustChangePassword = user.isMustChangePassword();
	}

	/** As it was at login: an administrator chose the password, and its owner has to change it. */
	boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public String getDisplayName() {
		return displayName;
	}

}
