package vn.registry.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A user's change of their own password: the current one, and the new one typed twice. */
public class OwnPasswordForm implements PasswordForm {

	@NotEmpty(message = "{account.currentPassword.required}")
	private String currentPassword;

	@Size(min = PasswordForm.MIN_LENGTH, max = PasswordForm.MAX_LENGTH, message = "{account.password.size}")
	private String password;

	private String confirmPassword;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

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

}
