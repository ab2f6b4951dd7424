package vn.registry.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.registry.RegistryTestSupport;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input no one sends by mistake, through the real server: a NUL byte, an overflowing page number,
 * a date PostgreSQL cannot store, malformed UTF-8. A 400 every time, never a 500, and one WARN line
 * in the log instead of a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest extends RegistryTestSupport {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} is a 400")
	@ValueSource(strings = { "/committees?q=%00", "/committees?level=%00", "/committees?q=M%C4%90r%00k", "/decisions?issuer=%00",
			"/decisions?issuer=UBND%00", "/api/units?q=%00", "/api/committees?q=%00", "/committees?%00=x",
			"/committees/4?on=-999999999-01-01", "/api/committees/4?on=-999999999-01-01",
			"/committees/4?on=+999999999-12-31", "/api/committees/4?on=+999999999-12-31",
			"/committees?q=%C3%28", "/api/units?q=%FF%FE", "/decisions?issuer=%E1%BB" })
	void answersHostileInputWithABadRequest(String path, CapturedOutput output) throws Exception {
		for (String accept : new String[] { "text/html", "application/json" }) {
			int before = output.getAll().length();

			HttpResponse<String> response = send(path, accept);

			assertThat(response.statusCode()).as("%s as %s", path, accept).isEqualTo(400);
			assertThat(response.body()).doesNotContain("Exception", "at vn.registry", "SQL");
			String log = output.getAll().substring(before);
			assertThat(log).as("no stack trace for %s", path).doesNotContain("\tat ", "ERROR");
			assertThat(log.lines().filter(line -> line.contains(" WARN ")).count()).as("one WARN line: %s", log)
				.isLessThanOrEqualTo(1);
		}
	}

	@Test
	void anOverflowingHistoryPageIsNoServerError() throws Exception {
		for (String page : new String[] { "2147483647", "1073741824", "-2147483648", "99999999999" }) {
			HttpResponse<String> response = send("/committees/4/history?page=" + page, "text/html");

			assertThat(response.statusCode()).as("page %s", page).isIn(200, 400);
		}
	}

	@Test
	void badRequestPageIsInVietnamese() throws Exception {
		assertThat(send("/committees?q=%00", "text/html").body()).contains("Yêu cầu không hợp lệ");
	}

	@Test
	void anUploadOverTheLimitGetsAPageThatSaysSo() throws Exception {
		byte[] big = new byte[22 * 1024 * 1024];

		HttpResponse<String> response = post(multipart("pdf", "lon.pdf", big), "text/html");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Tệp tải lên quá lớn", "Quay lại").doesNotContain("HTTP Status 413");
	}

	@Test
	void aNulByteInAnUploadedFilesNameIsABadRequest() throws Exception {
		HttpResponse<String> response = post(multipart("pdf", "quyet\0dinh.pdf",
				"%PDF-1.4".getBytes(StandardCharsets.US_ASCII)), "text/html");

		assertThat(response.statusCode()).isEqualTo(400);
	}

	/** One multipart/form-data part with a file, and a text field. */
	private static byte[] multipart(String field, String fileName, byte[] content) {
		String head = "--XBOUNDARY\r\nContent-Disposition: form-data; name=\"numberSymbol\"\r\n\r\n1/QĐ\r\n"
				+ "--XBOUNDARY\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n";
		byte[] start = head.getBytes(StandardCharsets.UTF_8);
		byte[] end = "\r\n--XBOUNDARY--\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + content.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(content, 0, body, start.length, content.length);
		System.arraycopy(end, 0, body, start.length + content.length, end.length);
		return body;
	}

	private HttpResponse<String> post(byte[] body, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/decisions/new"))
			.header("Accept", accept)
			.header("Content-Type", "multipart/form-data; boundary=XBOUNDARY")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
