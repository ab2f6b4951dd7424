package vn.registry.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import vn.registry.TestClock;
import vn.registry.system.Dates;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Journeys of a reader: a committee's history, its roster as of a typed date, and its printed roster. */
class ReaderJourneyTest extends BrowserTestSupport {

	private static final long QUANG_TRI = 3;

	@Autowired
	private TestClock clock;

	/** Journey 6: the history from the committee page, in words, paged; who typed it only for a clerk. */
	@Test
	void aReaderFollowsACommitteesHistoryPageByPage() {
		journey("6-reader-history");
		long committee = committeeWithHistory();
		open("/committees/" + committee);
		clickToNextPage(find(By.cssSelector("p.committee-actions a[href$='/history']")));
		assertThat(driver.getCurrentUrl()).endsWith("/committees/" + committee + "/history");
		String first = find(By.tagName("main")).getText();
		assertThat(first).contains(text("history.byDecision"), "951/QĐ-UBND", "Thành viên Người Thứ 2 (Ủy viên) thôi tham gia",
				"20/05/2024").doesNotContain("full_name", "role_id", "CHANGE_MEMBERS", "INSERT", "2024-05-20");
		assertThat(driver.findElements(By.cssSelector("main .history-change"))).hasSize(20);
		assertThat(driver.findElements(By.cssSelector("main .history-user"))).as("no user name for the public").isEmpty();
		check("history-page-1");

		clickToNextPage(find(By.xpath("//main//a[normalize-space()='" + text("pager.next") + "']")));
		assertThat(driver.getCurrentUrl()).contains("page=2");
		assertThat(find(By.cssSelector("main .pagination .active")).getText()).startsWith("Trang 2 /");
		check("history-page-2");

		logIn(CLERK, CLERK_PASSWORD);
		open("/committees/" + committee + "/history");
		assertThat(driver.findElements(By.cssSelector("main .history-user"))).as("a clerk sees who typed it")
			.isNotEmpty()
			.allSatisfy(user -> assertThat(user.getText()).contains(text("history.enteredBy", "chuyen.vien.lich.su")));
		check("history-as-clerk");
	}

	/** Journey 7: the roster as of a date typed dd/MM/yyyy; an ISO date is flagged as it is typed. */
	@Test
	void aReaderTypesAnAsOfDate() {
		journey("7-reader-as-of");
		open("/committees/4");
		WebElement on = byId("on");
		assertThat(on.getAttribute("type")).isEqualTo("text");
		assertThat(value("on")).isEqualTo(Dates.format(clock.today()));
		check("today");

		type("on", "2020-01-01");
		press(Keys.TAB);
		assertThat(find(By.id("on-live")).getText()).isEqualTo(text("typeMismatch.java.time.LocalDate"));
		assertThat(on.getAttribute("aria-invalid")).isEqualTo("true");
		check("iso-date-flagged");

		type("on", "01/01/2020");
		press(Keys.TAB);
		assertThat(driver.findElements(By.id("on-live"))).isEmpty();
		clickToNextPage(find(By.xpath("//main//form//button[@type='submit']")));
		assertThat(driver.getCurrentUrl()).contains("on=01%2F01%2F2020");
		assertThat(find(By.cssSelector("main .alert-warning[role=status]")).getText())
			.isEqualTo(text("committee.asOf.notice", "01/01/2020"));
		assertThat(value("on")).isEqualTo("01/01/2020");
		check("as-of-2020");
	}

	/** Journey 8: the printed roster, on A4, with the national heading, the name and both dates. */
	@Test
	void aReaderPrintsARosterAsOfADate() throws Exception {
		journey("8-reader-print");
		open("/committees/" + QUANG_TRI + "?on=31/12/2021");
		assertThat(find(By.cssSelector(".print-heading")).isDisplayed()).as("not on screen").isFalse();

		emulateMedia("print");
		WebElement heading = find(By.cssSelector(".print-heading"));
		assertThat(heading.isDisplayed()).isTrue();
		String printed = heading.getText();
		assertThat(printed).contains(text("print.nation"), text("print.motto"),
				"Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị".toUpperCase(VIETNAMESE),
				"4268/QĐ-UBND", "16/12/2021", text("print.asOf", "31/12/2021"),
				text("print.printedOn", Dates.format(clock.today())));
		assertThat(find(By.tagName("h1")).isDisplayed()).as("the name is printed once, in the heading").isFalse();
		assertThat(find(By.cssSelector("#roster table.roster")).isDisplayed()).isTrue();
		check("print-media");

		Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
				Map.of("printBackground", false, "preferCSSPageSize", true, "displayHeaderFooter", false));
		Path file = save("print-roster", "pdf", Base64.getDecoder().decode((String) pdf.get("data")));
		String bytes = Files.readString(file, StandardCharsets.ISO_8859_1);
		assertThat(bytes).as("an A4 page, 595 x 842 points").startsWith("%PDF").containsPattern("/MediaBox \\[0 0 59[45][.0-9]* 84[12]");
		emulateMedia("");
		assertThat(find(By.cssSelector(".print-heading")).isDisplayed()).isFalse();
	}

	/**
	 * A committee established with 25 members in one transaction and 5 of them ended by a second,
	 * as a clerk's two decisions would write them: 33 changes, two pages.
	 */
	private long committeeWithHistory() {
		jdbc.sql("""
				DO $$
				DECLARE
				    c bigint;
				    d bigint;
				BEGIN
				    PERFORM set_config('registry.user', 'chuyen.vien.lich.su', true);
				    INSERT INTO committee (name, unit_id) VALUES ('Ban Chỉ đạo kiểm thử lịch sử trong trình duyệt',
				        (SELECT id FROM administrative_unit WHERE code = '45')) RETURNING id INTO c;
				    INSERT INTO decision (committee_id, type, number_symbol, signed_on, issuer)
				        VALUES (c, 'ESTABLISH', '950/QĐ-UBND', DATE '2023-03-15', 'UBND tỉnh Quảng Trị') RETURNING id INTO d;
				    INSERT INTO seat (committee_id, role_id, full_name, position, sort_order, appointed_by_decision_id, start_on)
				        SELECT c, (SELECT id FROM role WHERE code = CASE WHEN i = 1 THEN 'TRUONG_BAN' ELSE 'UY_VIEN' END),
				               'Người Thứ ' || i, 'Giám đốc Sở', i, d, DATE '2023-03-15'
				        FROM generate_series(1, 25) AS i;
				END $$""").update();
		jdbc.sql("""
				DO $$
				DECLARE
				    c bigint := (SELECT id FROM committee WHERE name = 'Ban Chỉ đạo kiểm thử lịch sử trong trình duyệt');
				    d bigint;
				BEGIN
				    PERFORM set_config('registry.user', 'chuyen.vien.lich.su', true);
				    INSERT INTO decision (committee_id, type, number_symbol, signed_on, issuer)
				        VALUES (c, 'CHANGE_MEMBERS', '951/QĐ-UBND', DATE '2024-05-20', 'UBND tỉnh Quảng Trị') RETURNING id INTO d;
				    UPDATE seat SET end_on = DATE '2024-05-20', ended_by_decision_id = d
				        WHERE committee_id = c AND sort_order BETWEEN 2 AND 6;
				END $$""").update();
		return jdbc.sql("SELECT id FROM committee WHERE name = 'Ban Chỉ đạo kiểm thử lịch sử trong trình duyệt'")
			.query(Long.class)
			.single();
	}

}
