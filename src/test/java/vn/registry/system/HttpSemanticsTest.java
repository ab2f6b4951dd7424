package vn.registry.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.registry.RegistryTestSupport;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HEAD answers exactly as GET without a body, static files answer a conditional GET with 304, and
 * every page carries a Content-Security-Policy without inline scripts, a Referrer-Policy and a
 * Permissions-Policy. Through the real server: the container decides what a HEAD sends.
 */
class HttpSemanticsTest extends RegistryTestSupport {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final List<String> COMPARED = List.of("ETag", "Cache-Control", "Content-Type", "Location",
			"Content-Security-Policy", "Vary", "Content-Language");

	@LocalServerPort
	int port;

	/** One address of every page type: public pages, JSON, a 404, the login page, clerks' and admins' pages, files. */
	@ParameterizedTest(name = "HEAD {0} is GET without a body")
	@ValueSource(strings = { "/", "/committees", "/committees?q=ha&page=2", "/committees/4", "/committees/4?on=2021-12-31",
			"/committees/4/history", "/decisions", "/decisions?year=2021", "/decisions/1", "/sources/1",
			"/api/committees", "/api/committees/4", "/api/units?q=ha", "/committees/999999", "/login",
			"/decisions/new", "/committees/4/decisions/new", "/seats/1/edit", "/decisions/1/edit", "/admin/users",
			"/account/password", "/css/registry.css", "/js/registry.js",
			"/webjars/bootstrap/css/bootstrap.min.css", "/actuator/health" })
	void headAnswersLikeGet(String path) throws Exception {
		for (int round = 0; round < 2; round++) {
			// Twice: the second GET of a public page comes from the page cache.
			HttpResponse<byte[]> get = send("GET", path, null);
			HttpResponse<byte[]> head = send("HEAD", path, null);

			assertThat(head.statusCode()).as("status of HEAD %s", path).isEqualTo(get.statusCode());
			assertThat(head.body()).as("HEAD has no body").isEmpty();
			for (String header : COMPARED) {
				assertThat(value(head, header)).as("%s of HEAD %s", header, path).isEqualTo(value(get, header));
			}
		}
		HttpResponse<byte[]> get = send("GET", path, null);
		Optional<String> etag = get.headers().firstValue("ETag");
		if (etag.isPresent()) {
			assertThat(send("HEAD", path, etag.get()).statusCode()).as("conditional HEAD %s", path).isEqualTo(304);
			assertThat(send("GET", path, etag.get()).statusCode()).as("conditional GET %s", path).isEqualTo(304);
		}
	}

	@Test
	void clerksFormPagesSendAnonymousHeadToTheLoginPageAsGetDoes() throws Exception {
		for (String path : new String[] { "/decisions/new", "/committees/4/decisions/new", "/seats/1/edit" }) {
			HttpResponse<byte[]> head = send("HEAD", path, null);

			assertThat(head.statusCode()).as(path).isEqualTo(302);
			assertThat(value(head, "Location")).as(path).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		}
	}

	@ParameterizedTest(name = "{0} answers If-None-Match with 304")
	@ValueSource(strings = { "/css/registry.css", "/js/registry.js", "/js/decision-form.js",
			"/webjars/bootstrap/css/bootstrap.min.css" })
	void staticFilesAnswerAConditionalGetWith304(String path) throws Exception {
		HttpResponse<byte[]> first = send("GET", path, null);
		String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));

		HttpResponse<byte[]> again = send("GET", path, etag);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@ParameterizedTest(name = "{0} has the security headers")
	@ValueSource(strings = { "/", "/committees", "/committees/4", "/login", "/api/committees", "/committees/999999",
			"/committees?q=%00" })
	void everyPageHasAContentSecurityPolicyWithoutInlineScripts(String path) throws Exception {
		HttpResponse<byte[]> response = send("GET", path, null);

		assertThat(value(response, "Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval"));
		assertThat(value(response, "Referrer-Policy")).contains("strict-origin-when-cross-origin");
		assertThat(value(response, "Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
			.contains("camera=()", "geolocation=()"));
	}

	private static Optional<String> value(HttpResponse<?> response, String header) {
		List<String> values = response.headers().allValues(header);
		return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
	}

	private HttpResponse<byte[]> send(String method, String path, String ifNoneMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
			.timeout(Duration.ofSeconds(30))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
