package vn.registry.account;

import java.nio.charset.StandardCharsets;

import org.springframework.validation.Errors;

/** A form with a new password typed twice. */
interface PasswordForm {

	int MIN_LENGTH = 10;

	int MAX_LENGTH = 64;

	/** BCrypt reads at most 72 bytes; a longer password would be refused when hashed. */
	int MAX_BYTES = 72;

	String getPassword();

	String getConfirmPassword();

	/** The checks a field annotation cannot make: the password's size in bytes and its confirmation. */
	default void checkPassword(Errors errors) {
		String password = getPassword();
		if (password == null) {
			errors.rejectValue("password", "account.password.required");
			return;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			errors.rejectValue("password", "account.password.tooLong");
		}
		if (!password.equals(getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "account.password.mismatch");
		}
	}

}
