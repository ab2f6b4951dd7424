package vn.registry.account;

import java.time.Instant;
import java.time.LocalDateTime;

import vn.registry.system.VietnamTime;

/** An account as the list of users shows it, times on the Vietnamese clock. */
public record UserRow(long id, String username, String displayName, AccountRole role, boolean enabled,
		LocalDateTime lockedUntil, LocalDateTime createdAt, long version) {

	static UserRow of(AppUser user, Instant now) {
		return new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(), user.isEnabled(),
				user.isLockedAt(now) ? VietnamTime.local(user.getLockedUntil()) : null,
				VietnamTime.local(user.getCreatedAt()), user.getVersion());
	}

}
