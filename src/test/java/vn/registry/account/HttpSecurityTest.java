package vn.registry.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules as a browser meets them over HTTP, on the real server: status codes after the
 * container's error dispatch, and the session cookie's flags behind an HTTPS proxy.
 */
class HttpSecurityTest extends AccountTestSupport {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void postWithoutCsrfTokenIsForbiddenEvenForAnAnonymousUser() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/admin/users/new"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=someone")));

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void protectedPageRedirectsToTheLoginPage() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/admin/users")).GET());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void sessionCookieIsHttpOnlyAndSecureBehindAnHttpsProxy() throws Exception {
		List<String> direct = send(HttpRequest.newBuilder(uri("/login")).GET()).headers().allValues("Set-Cookie");
		List<String> proxied = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").GET())
			.headers()
			.allValues("Set-Cookie");

		assertThat(session(direct)).containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
		assertThat(session(proxied)).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure");
	}

	private static String session(List<String> cookies) {
		return cookies.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
