package vn.registry.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.registry.RegistryTestSupport;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors as a browser and another system see them, through the real server (MockMvc does not
 * render error pages): a missing record is a 404 page, a bad address a 4xx, never a 500 and never
 * a stack trace.
 */
class ErrorResponsesTest extends RegistryTestSupport {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} is the 404 page")
	@ValueSource(strings = { "/committees/999999", "/decisions/999999", "/sources/999999", "/sources/6",
			"/committees/999999?lang=en" })
	void answersAMissingRecordWithTheNotFoundPage(String path) throws Exception {
		HttpResponse<String> response = send(path, "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).containsAnyOf("Không tìm thấy trang", "Page not found")
			.contains("href=\"/committees\"");
		assertNoInternals(response.body());
	}

	@ParameterizedTest(name = "{0} is a JSON 404")
	@ValueSource(strings = { "/api/committees/999999", "/api/committees/0" })
	void answersAMissingCommitteeInTheApiWithJson(String path) throws Exception {
		HttpResponse<String> response = send(path, "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"status\":404").doesNotContain("<html");
		assertNoInternals(response.body());
	}

	@ParameterizedTest(name = "{0} is a 4xx")
	@ValueSource(strings = { "/committees/abc", "/decisions/abc", "/sources/abc", "/api/committees/abc",
			"/committees/1.5", "/committees/99999999999999999999", "/committees/4?on=yesterday",
			"/api/committees/4?on=2021-13-45", "/committees?province=abc", "/committees?page=abc",
			"/api/committees?page=abc", "/decisions?year=abc" })
	void answersABadAddressWithAClientError(String path) throws Exception {
		HttpResponse<String> html = send(path, "text/html");
		HttpResponse<String> json = send(path, "application/json");

		assertThat(html.statusCode()).isBetween(400, 499);
		assertThat(json.statusCode()).isBetween(400, 499);
		assertNoInternals(html.body());
		assertNoInternals(json.body());
	}

	@ParameterizedTest(name = "{0} is the error page in Vietnamese")
	@ValueSource(strings = { "/committees/abc" })
	void explainsABadRequestInTheUsersLanguage(String path) throws Exception {
		assertThat(send(path, "text/html").body()).contains("Yêu cầu không hợp lệ");
		assertThat(send(path + "?lang=en", "text/html").body()).contains("This request is not valid");
	}

	@ParameterizedTest(name = "{0} is answered without a server error")
	@ValueSource(strings = { "/committees?q=%25%25%25", "/committees?q=%5C",
			"/committees?q=" + "a%20" + "b%20c%20d%20e%20f%20g%20h%20i%20j%20k", "/committees?page=-1",
			"/api/committees?province=-1", "/decisions?type=nonsense", "/decisions?issuer=%27%3B--",
			"/committees/1?on=1900-01-01", "/committees?lang=xx" })
	void neverAnswersOddButValidInputWithAServerError(String path) throws Exception {
		HttpResponse<String> response = send(path, path.startsWith("/api/") ? "application/json" : "text/html");

		assertThat(response.statusCode()).isEqualTo(200);
		assertNoInternals(response.body());
	}

	private HttpResponse<String> send(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception", "at vn.registry", "stackTrace", "\"trace\"", "SQL");
	}

}
