package vn.registry.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password set by an administrator; the version is the account's as the form showed it. */
public class PasswordResetForm implements PasswordForm {

	@Size(min = PasswordForm.MIN_LENGTH, max = PasswordForm.MAX_LENGTH, message = "{account.password.size}")
	private String password;

	private String confirmPassword;

	@NotNull
	private Long version;

	@Override
	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	@Override
	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
