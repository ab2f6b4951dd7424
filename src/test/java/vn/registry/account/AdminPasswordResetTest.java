package vn.registry.account;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --registry.admin.reset}: a locked-out sole administrator gets back in from the command line. */
class AdminPasswordResetTest extends AccountTestSupport {

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void givesAdminANewOneTimePasswordAndLiftsItsThrottles() throws Exception {
		jdbc.sql("UPDATE app_user SET enabled = false WHERE username = 'admin'").update();
		jdbc.sql("""
				INSERT INTO login_throttle (address, username, failures, last_failure, blocked_until)
				VALUES ('192.0.2.77', 'admin', 40, now(), now() + interval '15 minutes')""").update();
		AdminPasswordReset command = new AdminPasswordReset(users, passwordEncoder, jdbc, transaction, null);

		String password = command.reset();

		AppUser admin = reload("admin");
		assertThat(passwordEncoder.matches(password, admin.getPasswordHash())).isTrue();
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.isMustChangePassword()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM login_throttle WHERE username = 'admin'").query(Long.class).single())
			.isZero();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AdminPasswordReset.print(new PrintStream(out, true, StandardCharsets.UTF_8), password);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("'admin': " + password);
	}

}
