package vn.registry.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL stops while the application runs, and starts again. Its own context and
 * database (stopping the shared one would fail every other test), closed after this class. Every
 * request below carries a timeout: 5 s for a page to say the database is unreachable, 2 s for the
 * health endpoint to say DOWN, 5 s for pages to come back after the restart. Each is the bound,
 * not a measurement; the times taken are printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "registry.test.database=outage", "registry.embedded-database.ephemeral=false" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

	private static final Duration WARM_UP = Duration.ofSeconds(60);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void pagesSayTheDatabaseIsUnreachableAndComeBackWhenItIs(CapturedOutput output) throws Exception {
		String clerk = "outage-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role) VALUES (:u, 'Thư ký', :h, 'CLERK')")
			.param("u", clerk).param("h", passwordEncoder.encode("mật-khẩu-đủ-dài-1")).update();
		HttpClient clerkBrowser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		assertThat(post(clerkBrowser, "/login", Map.of("username", clerk, "password", "mật-khẩu-đủ-dài-1"))
			.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
		// Before the outage, time enough for a first render on a busy machine.
		String passwordForm = get(clerkBrowser, "/account/password", WARM_UP).body();
		assertThat(get(http, "/committees", WARM_UP).statusCode()).isEqualTo(200);
		assertThat(get(http, "/committees/4", WARM_UP).statusCode()).isEqualTo(200);
		String loginPage = get(http, "/login", WARM_UP).body();
		int serverPort = postgres.getPort();
		// registry.data-dir holds ${random.uuid}, new at each reading: ask the server where it is.
		Path dataDir = Path.of(jdbc.sql("SHOW data_directory").query(String.class).single()).getParent();

		postgres.close();
		int errorsBefore = output.getAll().split(" ERROR ", -1).length;
		EmbeddedPostgres restarted = null;
		try {
			for (String path : new String[] { "/", "/committees", "/committees/4", "/decisions", "/api/committees" }) {
				HttpResponse<String> page = timed("GET " + path, () -> get(http, path, Duration.ofSeconds(5)));
				assertThat(page.statusCode()).as(path).isEqualTo(503);
				assertThat(page.headers().firstValue("Retry-After")).as(path).isPresent();
				if (!path.startsWith("/api/")) {
					assertThat(page.body()).contains("Tạm thời không truy cập được cơ sở dữ liệu", "Xin thử lại",
							"href=\"" + path + "\"");
				}
			}
			HttpResponse<String> health = timed("health", () -> get(http, "/actuator/health", Duration.ofSeconds(2)));
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");

			HttpResponse<String> login = timed("login", () -> post(http, "/login", Map.of("username", "admin",
					"password", "whatever-it-is", "_csrf", csrf(loginPage))));
			assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?unavailable"));
			assertThat(get(http, "/login?unavailable", Duration.ofSeconds(5)).body())
				.contains("không truy cập được cơ sở dữ liệu").doesNotContain("mật khẩu không đúng");

			HttpResponse<String> form = timed("form", () -> post(clerkBrowser, "/account/password",
					Map.of("currentPassword", "mật-khẩu-đủ-dài-1", "password", "một-mật-khẩu-mới-9",
							"confirmPassword", "một-mật-khẩu-mới-9", "_csrf", csrf(passwordForm))));
			assertThat(form.statusCode()).isEqualTo(200);
			assertThat(form.body()).contains("không truy cập được cơ sở dữ liệu", "id=\"currentPassword\"");

			assertThat(output.getAll().split(" ERROR ", -1).length).as("no ERROR in the log, only WARN lines")
				.isEqualTo(errorsBefore);
			restarted = EmbeddedDatabaseConfiguration.start(dataDir, false, serverPort);
			assertThat(restarted.getPort()).isEqualTo(serverPort);
			long restartedAt = System.nanoTime();
			HttpResponse<String> back = timed("back", () -> get(http, "/committees", Duration.ofSeconds(5)));
			while (back.statusCode() == 503 && System.nanoTime() - restartedAt < Duration.ofSeconds(5).toNanos()) {
				back = timed("back", () -> get(http, "/committees", Duration.ofSeconds(5)));
			}
			assertThat(back.statusCode()).as("a page within 5 s of the restart").isEqualTo(200);
			assertThat(get(http, "/actuator/health", Duration.ofSeconds(2)).body()).contains("UP");
		}
		finally {
			if (restarted != null) {
				restarted.close();
			}
		}
	}

	private interface Call {

		HttpResponse<String> call() throws Exception;

	}

	private static HttpResponse<String> timed(String what, Call call) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = call.call();
		System.out.printf("outage: %s answered %d in %d ms%n", what, response.statusCode(),
				(System.nanoTime() - start) / 1_000_000);
		return response;
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("the page has a CSRF token").isTrue();
		return token.group(1);
	}

	private HttpResponse<String> get(HttpClient client, String path, Duration timeout)
			throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", path.startsWith("/api/") || path.startsWith("/actuator/") ? "application/json" : "text/html")
			.timeout(timeout)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(HttpClient client, String path, Map<String, String> form) throws Exception {
		Map<String, String> fields = new java.util.LinkedHashMap<>(form);
		if (!fields.containsKey("_csrf")) {
			fields.put("_csrf", csrf(get(client, path, WARM_UP).body()));
		}
		String body = fields.entrySet().stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(5))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
