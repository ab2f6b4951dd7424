package vn.registry.account;

import java.util.List;

import vn.registry.system.NotFoundException;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to accounts. A change names the version the form showed; when the
 * account has changed since, nothing is done and the caller says so ({@link AccountChange#STALE}).
 */
@Service
class UserAdministration {

	private final AppUsers users;

	private final PasswordEncoder passwordEncoder;

	private final SessionRegistry sessions;

	UserAdministration(AppUsers users, PasswordEncoder passwordEncoder, SessionRegistry sessions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	List<AppUser> list() {
		return users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	AppUser get(long id) {
		return users.findById(id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	boolean usernameTaken(String username) {
		return users.existsByUsername(username);
	}

	@Transactional
	AppUser createClerk(NewClerkForm form) {
		AppUser clerk = new AppUser(form.getUsername(), form.getDisplayName(),
				passwordEncoder.encode(form.getPassword()), AccountRole.CLERK);
		clerk.requirePasswordChange();
		return users.saveAndFlush(clerk);
	}

	@Transactional
	AccountChange setEnabled(long id, boolean enabled, long version, String actingUsername) {
		AppUser user = get(id);
		if (user.getVersion() != version) {
			return AccountChange.STALE;
		}
		if (!enabled && user.getUsername().equals(actingUsername)) {
			return AccountChange.OWN_ACCOUNT;
		}
		user.setEnabled(enabled);
		users.flush();
		if (!enabled) {
			endSessions(user.getUsername());
		}
		return AccountChange.DONE;
	}

	@Transactional
	AccountChange resetPassword(long id, long version, String password, String actingUsername) {
		AppUser user = get(id);
		if (user.getVersion() != version) {
			return AccountChange.STALE;
		}
		boolean own = user.getUsername().equals(actingUsername);
		// Whoever else's password the administrator chose, its owner replaces it at the next login.
		user.resetPassword(passwordEncoder.encode(password), !own);
		users.flush();
		if (!own) {
			// Whoever was logged in with the old password must log in again.
			endSessions(user.getUsername());
		}
		return AccountChange.DONE;
	}

	private void endSessions(String username) {
		sessions.getAllPrincipals()
			.stream()
			.filter(principal -> principal instanceof AccountPrincipal account && account.getUsername().equals(username))
			.flatMap(principal -> sessions.getAllSessions(principal, false).stream())
			.forEach(SessionInformation::expireNow);
	}

}
