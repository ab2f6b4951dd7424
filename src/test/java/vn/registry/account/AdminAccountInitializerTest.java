package vn.registry.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator: created on a first start with no account, with the configured
 * password or a random one written once to the log. Each test runs in a transaction that is
 * rolled back, so emptying the accounts table here touches no other test.
 */
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountInitializerTest extends AccountTestSupport {

	private static final Pattern LOGGED_PASSWORD = Pattern.compile("generated password:\\s+(\\S+)");

	@Autowired
	private Environment environment;

	@Test
	void theStartedApplicationHasItsAdministrator() {
		AppUser admin = reload(AdminAccountInitializer.USERNAME);

		assertThat(admin.getRole()).isEqualTo(AccountRole.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
	}

	@Test
	void firstStartUsesTheConfiguredPasswordAndNeverLogsIt(CapturedOutput output) {
		users.deleteAllInBatch();
		String password = "từ-biến-môi-trường-42";

		assertThat(initializer(password).createFirstAdministrator()).isTrue();

		AppUser admin = reload(AdminAccountInitializer.USERNAME);
		assertThat(admin.getRole()).isEqualTo(AccountRole.ADMIN);
		assertThat(passwordEncoder.matches(password, admin.getPasswordHash())).isTrue();
		assertThat(output.getAll()).contains("REGISTRY_ADMIN_PASSWORD").doesNotContain(password);
	}

	@Test
	void firstStartWithoutPasswordLogsARandomOneOnce(CapturedOutput output) {
		users.deleteAllInBatch();

		assertThat(initializer("").createFirstAdministrator()).isTrue();
		assertThat(initializer("").createFirstAdministrator()).as("a later start").isFalse();

		Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
		assertThat(logged.find()).as("the password is in the log").isTrue();
		String password = logged.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9]+");
		assertThat(passwordEncoder.matches(password, reload(AdminAccountInitializer.USERNAME).getPasswordHash()))
			.isTrue();
		assertThat(logged.find()).as("logged only once").isFalse();
		assertThat(output.getAll()).contains("WARN").contains("shown only this once");
	}

	@Test
	void twoFirstStartsMakeTwoDifferentPasswords(CapturedOutput output) {
		users.deleteAllInBatch();
		initializer("").createFirstAdministrator();
		users.deleteAllInBatch();
		initializer("").createFirstAdministrator();

		Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
		assertThat(logged.find()).isTrue();
		String first = logged.group(1);
		assertThat(logged.find()).isTrue();
		assertThat(logged.group(1)).isNotEqualTo(first);
	}

	@Test
	void aStartWithAccountsCreatesNothingEvenWithAPassword(CapturedOutput output) {
		account("clerk", AccountRole.CLERK);
		long before = users.count();

		assertThat(initializer("another-password-1").createFirstAdministrator()).isFalse();

		assertThat(users.count()).isEqualTo(before);
		assertThat(output.getAll()).doesNotContain("Created the administrator account");
	}

	@Test
	void passwordPropertyReadsTheEnvironmentVariable() {
		System.setProperty("REGISTRY_ADMIN_PASSWORD", "from-the-environment");
		try {
			assertThat(environment.getProperty("registry.admin-password")).isEqualTo("from-the-environment");
		}
		finally {
			System.clearProperty("REGISTRY_ADMIN_PASSWORD");
		}
		assertThat(environment.getProperty("registry.admin-password")).isEmpty();
	}

	private AdminAccountInitializer initializer(String configuredPassword) {
		return new AdminAccountInitializer(users, passwordEncoder, configuredPassword, clock);
	}

}
