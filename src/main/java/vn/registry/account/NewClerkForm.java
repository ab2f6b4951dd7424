package vn.registry.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator's form for a new clerk account. The rules mirror app_user's constraints. */
public class NewClerkForm implements PasswordForm {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = "[a-z0-9._-]{3,50}", message = "{account.username.pattern}")
	private String username;

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 100, message = "{account.displayName.size}")
	private String displayName;

	@Size(min = PasswordForm.MIN_LENGTH, max = PasswordForm.MAX_LENGTH, message = "{account.password.size}")
	private String password;

	private String confirmPassword;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? null : displayName.strip();
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
