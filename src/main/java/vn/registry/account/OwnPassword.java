package vn.registry.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's change of their own password, allowed only with the current one. */
@Service
class OwnPassword {

	private final AppUsers users;

	private final PasswordEncoder passwordEncoder;

	OwnPassword(AppUsers users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	/** Answers whether the current password was right, and so the new one set. */
	@Transactional
	boolean change(String username, String currentPassword, String newPassword) {
		AppUser user = users.findByUsername(username).orElse(null);
		if (user == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			return false;
		}
		user.changePassword(passwordEncoder.encode(newPassword));
		users.flush();
		return true;
	}

}
