package vn.registry.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Failed logins slow down the address they come from, never the account: a stranger cannot lock
 * the administrator out, and the answers are the same for real and unknown names. MockMvc's
 * requests come from the loopback, a trusted proxy, so X-Forwarded-For names the client.
 */
class LoginThrottleTest extends AccountTestSupport {

	@Test
	void strangersFailuresNeverKeepTheRealUserOutFromAnotherAddress() throws Exception {
		String admin = account("admin", AccountRole.ADMIN);
		String attacker = address();
		for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT + 3; i++) {
			attempt(admin, "wrong-password", attacker);
		}
		assertThat(attempt(admin, PASSWORD, attacker).location).as("the attacker's address waits, even with the password")
			.isEqualTo("/login?throttled");

		mvc.perform(post("/login").header("X-Forwarded-For", address())
			.param("username", admin)
			.param("password", PASSWORD)
			.with(csrf())).andExpect(authenticated().withUsername(admin));
	}

	@Test
	void xForwardedForFromAnUntrustedAddressIsIgnored() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
			mvc.perform(post("/login").with(remote("203.0.113.9")).header("X-Forwarded-For", address())
				.param("username", clerk).param("password", "wrong").with(csrf()));
		}
		// Each attempt claimed another address: all counted against the connection's own.
		assertThat(jdbc.sql("SELECT count(*) FROM login_throttle WHERE username = :name").param("name", clerk)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(mvc.perform(post("/login").with(remote("203.0.113.9")).header("X-Forwarded-For", address())
			.param("username", clerk).param("password", PASSWORD).with(csrf())).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?throttled");
	}

	@Test
	void realAndUnknownNamesGetTheSameAnswers() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

		List<String> real = answers(clerk, address());
		List<String> none = answers(unknown, address());

		assertThat(none).isEqualTo(real);
		assertThat(real).last().asString().contains("Xin thử lại sau");
		assertThat(real).first().asString().contains("Tên đăng nhập hoặc mật khẩu không đúng.");
	}

	@Test
	void delaysGrowAndEndWithoutAnyoneLiftingThem() throws Exception {
		assertThat(LoginThrottle.wait(0, LoginThrottle.MAX_WAIT_PER_ACCOUNT)).hasSeconds(1);
		assertThat(LoginThrottle.wait(3, LoginThrottle.MAX_WAIT_PER_ACCOUNT)).hasSeconds(8);
		assertThat(LoginThrottle.wait(40, LoginThrottle.MAX_WAIT_PER_ACCOUNT))
			.isEqualTo(LoginThrottle.MAX_WAIT_PER_ACCOUNT);
		String clerk = account("clerk", AccountRole.CLERK);
		String from = address();
		for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT + 2; i++) {
			attempt(clerk, "wrong", from);
		}
		jdbc.sql("UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE address = :a")
			.param("a", from).update();

		assertThat(attempt(clerk, PASSWORD, from).location).isEqualTo("/");
		assertThat(jdbc.sql("SELECT count(*) FROM login_throttle WHERE address = :a AND username = :u")
			.param("a", from).param("u", clerk).query(Long.class).single()).as("a success forgets its failures").isZero();
	}

	@Test
	void administratorSeesAndLiftsAThrottle() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		String from = address();
		for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
			attempt(clerk, "wrong", from);
		}
		long id = jdbc.sql("SELECT id FROM login_throttle WHERE address = :a AND username = :u")
			.param("a", from).param("u", clerk).query(Long.class).single();
		assertThat(adminPage("/admin/users")).contains("throttle-" + id, from, clerk);

		MvcResult lifted = mvc.perform(post("/admin/users/throttles/" + id + "/lift").with(admin()).with(csrf()))
			.andReturn();

		assertThat(afterRedirect(lifted)).contains("Đã gỡ giới hạn đăng nhập.").doesNotContain("throttle-" + id + "\"");
		assertThat(attempt(clerk, PASSWORD, from).location).isEqualTo("/");
	}

	@Test
	void countingFailuresLeavesTheAccountAlone() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		long version = reload(clerk).getVersion();

		attempt(clerk, "wrong-password", address());

		assertThat(reload(clerk).getVersion()).as("an administrator's open form stays valid").isEqualTo(version);
		mvc.perform(post("/login").header("X-Forwarded-For", address()).param("username", clerk)
			.param("password", "wrong").with(csrf())).andExpect(unauthenticated());
	}

	/** The login page's message after each of a run of failed logins, until the address must wait. */
	private List<String> answers(String username, String from) throws Exception {
		List<String> pages = new ArrayList<>();
		for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT + 1; i++) {
			Attempt attempt = attempt(username, "wrong-password", from);
			String html = mvc.perform(MockMvcRequestBuilders.get(attempt.location).session(attempt.session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			pages.add(attempt.location + " " + alert(html).replaceAll("\\d\\d:\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}", "TIME"));
		}
		return pages;
	}

	private static String alert(String html) {
		int start = html.indexOf("class=\"alert");
		return start < 0 ? "" : html.substring(start, html.indexOf("</div>", start));
	}

	private Attempt attempt(String username, String password, String from) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = mvc.perform(post("/login").session(session)
			.header("X-Forwarded-For", from)
			.param("username", username)
			.param("password", password)
			.with(csrf())).andReturn();
		return new Attempt(result.getResponse().getRedirectedUrl(), session);
	}

	private static RequestPostProcessor remote(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A documentation address (RFC 3849) no other test uses. */
	private static String address() {
		String random = UUID.randomUUID().toString();
		return "2001:db8::" + random.substring(0, 4) + ":" + random.substring(4, 8);
	}

	private record Attempt(String location, MockHttpSession session) {
	}

}
