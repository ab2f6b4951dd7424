package vn.registry.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page's figures and latest decisions, and the health check other tools poll. */
class HomePageTest extends RegistryTestSupport {

	@LocalServerPort
	int port;

	@Test
	void countsTheSeededCommitteesProvincesSeatsAndDecisions() throws Exception {
		String html = page("/");
		long seats = jdbc.sql("SELECT count(*) FROM seat").query(Long.class).single();

		assertThat(html).contains("<dd id=\"count-committees\">6</dd>", "<dd id=\"count-decisions\">6</dd>",
				"<dd id=\"count-seats\">" + seats + "</dd>");
		// In today's structure only Thanh Hóa (kept as it was by the 2025 reform) and the national committee
		// remain; M'Drắk's district, Quảng Trị, Bến Tre and Bình Định were reorganised. Thanh Hóa is one of
		// the 34 provinces with a committee; the national committee lies in none.
		assertThat(html).contains("<dd id=\"count-current\">2</dd>", "<dd id=\"count-provinces\">1</dd>");
	}

	@Test
	void listsTheFiveLatestDecisionsNewestFirst() throws Exception {
		String latest = Html.element(page("/"), "class=\"list-unstyled latest-decisions\"", "ul");

		assertThat(Html.decisionLinks(latest)).containsExactly(3L, 2L, 4L, 6L, 1L);
		assertThat(latest).contains("4268/QĐ-UBND", "16/12/2021", "href=\"/committees/3\"");
	}

	@Test
	void linksToTheSearchAndEveryDecision() throws Exception {
		String html = page("/");

		assertThat(html).contains("action=\"/committees\"", "name=\"q\"", "href=\"/decisions\"");
	}

	@Test
	void speaksEnglishOnRequest() throws Exception {
		String html = page("/", "lang", "en");

		assertThat(html).contains("<html lang=\"en\">", "Steering Committee Registry", "Latest decisions");
	}

	@Test
	void reportsHealthAsExactlyStatusUp() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
		assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
	}

}
