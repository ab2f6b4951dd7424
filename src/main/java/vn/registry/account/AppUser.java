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
 * A clerk's or administrator's account. Failed logins are not counted here but per client address
 * ({@link LoginThrottle}): an account is never locked for everyone.
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

	/** An administrator chose the password: its owner must change it at the next login. */
	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected AppUser() {
	}

	public AppUser(String username, String displayName, String passwordHash, AccountRole role) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = Instant.now();
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

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** A password someone else chose (an administrator) is changed by its owner at the next login. */
	void resetPassword(String passwordHash, boolean mustChange) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChange;
	}

	/** The password was chosen for the owner, not by them (a new clerk's, a generated one). */
	void requirePasswordChange() {
		this.mustChangePassword = true;
	}

	/** The owner's own new password. */
	void changePassword(String passwordHash) {
		resetPassword(passwordHash, false);
	}

}
