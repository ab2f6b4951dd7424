package vn.registry.account;

import java.io.PrintStream;
import java.security.SecureRandom;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar registry.jar --registry.admin.reset}: the way back in for a sole administrator
 * who lost the password. Gives {@code admin} a new random one-time password (changed at the next
 * login), enables the account, lifts every throttle on its name, prints the password and stops.
 * Runs after {@link AdminAccountInitializer}, so an empty database gets its administrator first.
 */
@Component
@Order(10)
@ConditionalOnProperty("registry.admin.reset")
class AdminPasswordReset implements ApplicationRunner {

	private final AppUsers users;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ConfigurableApplicationContext context;

	private final SecureRandom random = new SecureRandom();

	AdminPasswordReset(AppUsers users, PasswordEncoder passwordEncoder, JdbcClient jdbc,
			TransactionTemplate transaction, ConfigurableApplicationContext context) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		String password = reset();
		print(System.out, password);
		System.exit(SpringApplication.exit(context));
	}

	/** Answers the new password. */
	String reset() {
		String password = AdminAccountInitializer.generatePassword(random);
		transaction.executeWithoutResult(status -> {
			AppUser admin = users.findByUsername(AdminAccountInitializer.USERNAME)
				.orElseGet(() -> new AppUser(AdminAccountInitializer.USERNAME, AdminAccountInitializer.USERNAME, "",
						AccountRole.ADMIN));
			admin.resetPassword(passwordEncoder.encode(password), true);
			admin.setEnabled(true);
			users.save(admin);
			jdbc.sql("DELETE FROM login_throttle WHERE username = :name")
				.param("name", AdminAccountInitializer.USERNAME)
				.update();
		});
		return password;
	}

	static void print(PrintStream out, String password) {
		out.println();
		out.println("New one-time password for '" + AdminAccountInitializer.USERNAME + "': " + password);
		out.println("Log in with it; you will be asked to choose your own at once.");
		out.println();
		out.flush();
	}

}
