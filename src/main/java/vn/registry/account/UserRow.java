package vn.registry.account;

import java.time.LocalDateTime;

/** An account as the list of users shows it, times on the Vietnamese clock. */
public record UserRow(long id, String username, String displayName, AccountRole role, boolean enabled,
		boolean mustChangePassword, LocalDateTime createdAt, long version) {

	static UserRow of(AppUser user) {
		return new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(), user.isEnabled(),
				user.isMustChangePassword(),
				VietnamTime.local(user.getCreatedAt()), user.getVersion());
	}

}
