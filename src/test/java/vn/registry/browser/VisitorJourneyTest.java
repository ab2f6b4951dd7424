package vn.registry.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Journeys of a visitor, who reads without logging in (issue journeys 1 and 5). */
class VisitorJourneyTest extends BrowserTestSupport {

	private static final long QUANG_TRI = 3;

	private static final long BINH_DINH = 6;

	/** Journey 1: "quang tri" from the home page, the committee, its roster in role order, its decision, its source. */
	@Test
	void aVisitorSearchesFromTheHomePageAndOpensTheCommitteeItsDecisionAndItsSource() {
		journey("1-visitor-search-committee");
		open("/");
		assertThat(lang()).isEqualTo("vi");
		check("home");

		byId("home-q").sendKeys("quang tri");
		clickToNextPage(find(By.cssSelector("main form[role=search] button[type=submit]")));
		assertThat(driver.getCurrentUrl()).contains("/committees?q=quang");
		List<WebElement> results = driver.findElements(By.cssSelector("table.committee-table tbody tr td:first-child a"));
		assertThat(results).extracting(WebElement::getText).contains("Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị");
		check("search-results");

		clickToNextPage(results.stream()
			.filter(link -> link.getText().equals("Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị"))
			.findFirst()
			.orElseThrow());
		assertThat(driver.getCurrentUrl()).endsWith("/committees/" + QUANG_TRI);
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị");
		List<WebElement> seats = driver.findElements(By.cssSelector("#roster table.roster tbody tr"));
		List<String> roles = seats.stream().map(row -> row.getAttribute("data-role")).toList();
		assertThat(roles).as("the roster in role order").startsWith("TRUONG_BAN", "PHO_TRUONG_BAN_THUONG_TRUC", "PHO_TRUONG_BAN");
		assertThat(roles.stream().map(this::roleRank).toList()).isSorted();
		assertThat(seats.get(0).findElements(By.tagName("td")).get(1).getText()).isEqualTo("Trưởng ban");
		assertThat(seats.get(0).getText()).contains("Chủ tịch UBND tỉnh");
		WebElement decision = find(By.xpath("//section[@id='decisions']//a[normalize-space()='4268/QĐ-UBND']"));
		assertThat(decision.findElement(By.xpath("ancestor::tr")).getText()).contains("16/12/2021");
		WebElement source = find(By.cssSelector("#sources ol.sources li a[href*='/sources/']"));
		assertThat(source.getText()).isNotBlank();
		String sourceTitle = source.getText();
		check("committee");

		clickToNextPage(decision);
		assertThat(driver.getCurrentUrl()).matches(".*/decisions/\\d+$");
		assertThat(find(By.tagName("main")).getText()).contains("4268/QĐ-UBND", "16/12/2021", "Quảng Trị");
		check("decision");

		driver.navigate().back();
		loaded();
		clickToNextPage(find(By.cssSelector("#sources ol.sources li a[href*='/sources/']")));
		assertThat(driver.getCurrentUrl()).matches(".*/sources/\\d+$");
		assertThat(find(By.tagName("main")).getText()).contains(sourceTitle).contains("4268");
		check("source");
	}

	/** Journey 5: the interface in English and back, and the print view of a roster. */
	@Test
	void aVisitorSwitchesToEnglishAndBackThenPrintsARoster() throws Exception {
		journey("5-visitor-language-and-print");
		open("/committees/" + BINH_DINH);
		assertThat(lang()).isEqualTo("vi");
		assertThat(find(By.cssSelector("#roster table.roster tbody tr td:nth-child(2)")).getText()).isEqualTo("Trưởng ban");
		check("committee-vi");

		clickToNextPage(find(By.cssSelector(".lang-switch a[hreflang=en]")));
		assertThat(lang()).isEqualTo("en");
		assertThat(driver.getCurrentUrl()).contains("/committees/" + BINH_DINH);
		assertThat(find(By.id("roster-title")).getText()).isEqualTo(text(Locale.ENGLISH, "committee.roster"));
		assertThat(find(By.cssSelector("#roster table.roster tbody tr td:nth-child(2)")).getText()).isEqualTo("Head");
		check("committee-en");

		// The choice stays as the visitor moves on.
		clickToNextPage(find(By.cssSelector("header a.navbar-brand")));
		assertThat(lang()).isEqualTo("en");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(text(Locale.ENGLISH, "home.title"));
		check("home-en");

		clickToNextPage(find(By.cssSelector(".lang-switch a[hreflang=vi]")));
		assertThat(lang()).isEqualTo("vi");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(text("home.title"));
		check("home-vi-again");

		open("/committees/" + BINH_DINH);
		assertThat(lang()).isEqualTo("vi");
		emulateMedia("print");
		assertThat((Boolean) script("return window.matchMedia('print').matches;")).isTrue();
		assertThat(find(By.cssSelector("header")).isDisplayed()).as("the navigation is not printed").isFalse();
		assertThat(find(By.cssSelector("footer")).isDisplayed()).as("the footer is not printed").isFalse();
		assertThat(find(By.cssSelector("nav.breadcrumb, nav[aria-label] ol.breadcrumb")).isDisplayed()).isFalse();
		assertThat(find(By.cssSelector("p.committee-actions")).isDisplayed()).as("the action buttons are not printed").isFalse();
		assertThat(driver.findElements(By.cssSelector("main form"))).as("no form is printed")
			.isNotEmpty().allSatisfy(form -> assertThat(form.isDisplayed()).isFalse());
		WebElement roster = find(By.cssSelector("#roster table.roster"));
		assertThat(roster.isDisplayed()).as("the roster table is printed").isTrue();
		List<WebElement> rows = roster.findElements(By.cssSelector("tbody tr"));
		assertThat(rows).hasSize(19).allSatisfy(row -> assertThat(row.isDisplayed()).isTrue());
		assertThat(find(By.cssSelector(".print-title")).isDisplayed()).as("the name, in the print heading").isTrue();
		assertThat(find(By.id("sources")).isDisplayed()).as("the sources are printed with the roster").isTrue();
		check("print-view");

		Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
				Map.of("printBackground", false, "preferCSSPageSize", true));
		Path file = save("print-roster", "pdf", Base64.getDecoder().decode((String) pdf.get("data")));
		assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
		emulateMedia("");
		assertThat(find(By.cssSelector("header")).isDisplayed()).isTrue();
	}

}
