package vn.registry.account;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On the first start (no account at all) creates the administrator {@code admin}, with the
 * password from {@code REGISTRY_ADMIN_PASSWORD}, or else a random one written once to the log.
 * Once any account exists this does nothing, so the password is never written again.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

	// No 0/O, 1/l/I: the password is read off a log and typed.
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 24;

	private final AppUsers users;

	private final PasswordEncoder passwordEncoder;

	private final String configuredPassword;

	private final SecureRandom random = new SecureRandom();

	AdminAccountInitializer(AppUsers users, PasswordEncoder passwordEncoder,
			@Value("${registry.admin-password:}") String configuredPassword) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		createFirstAdministrator();
	}

	/** Answers whether it created the administrator. */
	@Transactional
	boolean createFirstAdministrator() {
		if (users.count() > 0) {
			return false;
		}
		boolean configured = StringUtils.hasText(configuredPassword);
		String password = configured ? configuredPassword : generatePassword(random);
		AppUser admin = new AppUser(USERNAME, USERNAME, passwordEncoder.encode(password), AccountRole.ADMIN);
		if (!configured) {
			// Read off a log: replaced by one of the administrator's own at the first login.
			admin.requirePasswordChange();
		}
		users.save(admin);
		if (configured) {
			log.info("Created the administrator account '{}' with the password from REGISTRY_ADMIN_PASSWORD", USERNAME);
		}
		else {
			log.warn("""

					==========================================================================
					Created the administrator account '{}' with this generated password:

					    {}

					It is shown only this once. Log in and store it safely, or set
					REGISTRY_ADMIN_PASSWORD before the first start to choose it yourself.
					==========================================================================""",
					USERNAME, password);
		}
		return true;
	}

	static String generatePassword(SecureRandom random) {
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
