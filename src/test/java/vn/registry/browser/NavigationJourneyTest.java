package vn.registry.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor goes from the national committee down to a commune's and back up, reads the statistics
 * and takes a list away. The commune committee is written for this journey and removed after it.
 */
class NavigationJourneyTest extends BrowserTestSupport {

	private static final long QUANG_TRI = 3;

	private long commune;

	@BeforeEach
	void aCommuneCommitteeInQuangTri() {
		commune = jdbc.sql("""
				INSERT INTO committee (name, unit_id) VALUES ('Ban Chỉ đạo chuyển đổi số xã hành trình',
				    (SELECT id FROM administrative_unit WHERE level = 'COMMUNE'
				     AND province_id = (SELECT unit_id FROM committee WHERE id = 3) ORDER BY code LIMIT 1))
				RETURNING id""").query(Long.class).single();
	}

	@AfterEach
	void removeIt() {
		jdbc.sql("DELETE FROM committee WHERE id = :id").param("id", commune).update();
	}

	@Test
	void fromTheNationalCommitteeDownToACommuneAndBackThenTheStatisticsAndADownload() throws Exception {
		journey("navigate-count-take-away");
		open("/committees/1?on=2021-12-31");
		check("national-committee-2021");
		clickToNextPage(find(By.cssSelector("#hierarchy ul.committees-below a[href='/committees/" + QUANG_TRI + "']")));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị");
		check("province-committee");

		clickToNextPage(find(By.cssSelector("#hierarchy ul.committees-below a[href='/committees/" + commune + "']")));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Ban Chỉ đạo chuyển đổi số xã hành trình");
		check("commune-committee");

		clickToNextPage(find(By.cssSelector("#hierarchy a[rel=up]")));
		assertThat(driver.getCurrentUrl()).endsWith("/committees/" + QUANG_TRI);
		clickToNextPage(find(By.cssSelector("#hierarchy a[rel=up]")));
		assertThat(driver.getCurrentUrl()).endsWith("/committees/1");

		clickToNextPage(find(By.cssSelector("header a[href='/statistics']")));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(text("stats.title"));
		check("statistics");
		String download = find(By.cssSelector("a[href='/export/coverage?format=csv']")).getAttribute("href");
		HttpResponse<byte[]> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(download)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> value.contains("attachment"));
		assertThat(csv.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
	}

}
