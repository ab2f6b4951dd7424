package vn.registry.account;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import vn.registry.system.VietnamTime;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Five failed logins in a row lock an account for fifteen minutes, and the login page says until when. */
class LockoutTest extends AccountTestSupport {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	@Test
	void fifthFailureLocksTheAccountForFifteenMinutesAndSaysUntilWhen() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		for (int i = 1; i <= 4; i++) {
			assertThat(attempt(clerk, "wrong-password").location).isEqualTo("/login?error");
		}
		assertThat(reload(clerk).getFailedAttempts()).isEqualTo(4);

		Attempt fifth = attempt(clerk, "wrong-password");

		assertThat(fifth.location).isEqualTo("/login?locked");
		Instant lockedUntil = reload(clerk).getLockedUntil();
		assertThat(lockedUntil).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
		String loginPage = body(mvc.perform(MockMvcRequestBuilders.get(fifth.location).session(fifth.session))
			.andReturn()
			.getResponse());
		assertThat(loginPage).contains("Tài khoản đang tạm khóa vì đăng nhập sai 5 lần liên tiếp. Xin thử lại sau "
				+ SHOWN.format(VietnamTime.local(lockedUntil)) + ".");
	}

	@Test
	void rightPasswordDoesNotOpenALockedAccount() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		for (int i = 1; i <= 5; i++) {
			attempt(clerk, "wrong-password");
		}

		Attempt right = attempt(clerk, PASSWORD);

		assertThat(right.location).isEqualTo("/login?locked");
		assertThat(body(mvc.perform(MockMvcRequestBuilders.get(right.location).session(right.session))
			.andReturn()
			.getResponse())).contains("tạm khóa", SHOWN.format(VietnamTime.local(reload(clerk).getLockedUntil())));
	}

	@Test
	void successfulLoginStartsTheCountAgain() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		for (int i = 1; i <= 4; i++) {
			attempt(clerk, "wrong-password");
		}

		assertThat(attempt(clerk, PASSWORD).location).isEqualTo("/");

		assertThat(reload(clerk).getFailedAttempts()).isZero();
		for (int i = 1; i <= 4; i++) {
			assertThat(attempt(clerk, "wrong-password").location).isEqualTo("/login?error");
		}
		assertThat(reload(clerk).getLockedUntil()).isNull();
	}

	@Test
	void lockEndsWhenItsTimeIsUp() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		for (int i = 1; i <= 5; i++) {
			attempt(clerk, "wrong-password");
		}
		// The application's clock, not the database's: the lock ends when the application says so.
		jdbc.sql("UPDATE app_user SET locked_until = :until WHERE username = :name")
			.param("until", java.sql.Timestamp.from(clock.instant().minusSeconds(1)))
			.param("name", clerk)
			.update();

		mvc.perform(post("/login").param("username", clerk).param("password", PASSWORD).with(csrf()))
			.andExpect(authenticated().withUsername(clerk));
		assertThat(reload(clerk).getLockedUntil()).isNull();
	}

	@Test
	void countingFailuresLeavesTheVersionAlone() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		long version = reload(clerk).getVersion();

		attempt(clerk, "wrong-password");

		assertThat(reload(clerk).getVersion()).as("an administrator's open form stays valid").isEqualTo(version);
	}

	private Attempt attempt(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String location = mvc.perform(post("/login").session(session)
			.param("username", username)
			.param("password", password)
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		return new Attempt(location, session);
	}

	private record Attempt(String location, MockHttpSession session) {
	}

}
