package vn.registry.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.registry.model.BaseEntity;

/**
 * A clerk's or administrator's account. Failed logins are counted by {@link AppUsers}' bulk
 * updates, which leave the version alone: a login attempt never makes an administrator's form stale.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountRole role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected AppUser() {
	}

	public AppUser(String username, String displayName, String passwordHash, AccountRole role, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public AccountRole getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** A new password also lifts a lock-out: the administrator has vouched for the account. */
	void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

}
