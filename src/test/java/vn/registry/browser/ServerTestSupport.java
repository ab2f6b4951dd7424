package vn.registry.browser;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application on a random port with a database of its own: these tests write (decisions,
 * committees), so they get their own context, and the seeded registry the read-side tests check
 * stays untouched. A clerk account exists for them, and the administrator {@code admin} has a known
 * password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "registry.test.database=browser", "registry.admin-password=" + ServerTestSupport.ADMIN_PASSWORD })
abstract class ServerTestSupport {

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "Quan-tri-thu-nghiem-2024";

	static final String CLERK = "chuyen.vien";

	static final String CLERK_PASSWORD = "Mat-khau-chuyen-vien-2024";

	static final String CLERK_NAME = "Lê Thị Hoa";

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private MessageSource messageSource;

	@BeforeEach
	void clerkAccount() {
		boolean exists = jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u").param("u", CLERK)
			.query(Long.class).single() > 0;
		if (!exists) {
			jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role) VALUES (:u, :n, :p, 'CLERK')")
				.param("u", CLERK)
				.param("n", CLERK_NAME)
				.param("p", passwordEncoder.encode(CLERK_PASSWORD))
				.update();
		}
	}

	String base() {
		return "http://localhost:" + port;
	}

	/** The Vietnamese interface text of a message key, as the pages show it. */
	String text(String key, Object... args) {
		return messageSource.getMessage(key, args, VIETNAMESE);
	}

	String text(Locale locale, String key, Object... args) {
		return messageSource.getMessage(key, args, locale);
	}

	long unitId(String code) {
		return jdbc.sql("SELECT id FROM administrative_unit WHERE code = :code AND valid_from IS NULL").param("code", code).query(Long.class)
			.single();
	}

	long roleId(String code) {
		return jdbc.sql("SELECT id FROM role WHERE code = :code").param("code", code).query(Long.class).single();
	}

	int roleRank(String code) {
		return jdbc.sql("SELECT rank FROM role WHERE code = :code").param("code", code).query(Integer.class).single();
	}

}
