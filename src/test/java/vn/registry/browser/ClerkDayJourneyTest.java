package vn.registry.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;

import vn.registry.TestClock;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk's day (issue 15): a 35-row annex pasted into an establishment, reviewed and saved; a
 * meeting with attendance and three tasks; progress on one, another done; the next day (a test
 * clock) the follow-up shows one late task; the committee's calendar lists the meeting and deadlines.
 */
class ClerkDayJourneyTest extends BrowserTestSupport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DecisionFormPage form = new DecisionFormPage(this);

	@Autowired
	private TestClock clock;

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	@Test
	void aClerkPastesAnAnnexEntersAMeetingAndFollowsUpItsTasks() throws Exception {
		journey("15-clerks-day");
		LocalDate today = LocalDate.now(clock);
		open("/login");
		logIn(CLERK, CLERK_PASSWORD);
		open("/decisions/new?type=establish");
		form.decision("150/QĐ-UBND", today.minusDays(10).format(DATE), "UBND tỉnh Quảng Trị", "Võ Văn Hưng",
				"Về việc thành lập Ban Chỉ đạo chuyển đổi số xã Triệu Phong");
		type("name", "Ban Chỉ đạo chuyển đổi số xã Triệu Phong");
		form.unit("Triệu Phong", "Xã Triệu Phong");
		type("tasks-0", "Chỉ đạo chuyển đổi số trên địa bàn huyện");

		find(By.cssSelector("fieldset[data-list=seats] details.roster-paste summary")).click();
		script("arguments[0].value = arguments[1];", byId("seatsPaste"), annex());
		check("annex-pasted");
		clickToNextPage(find(By.cssSelector("button[name=action][value='paste:seats']")));
		assertThat(find(By.id("seats-paste-review")).getText()).contains(text("paste.review.count", 35, 1), "kiêm Thư ký");
		assertThat(form.rows("seats")).hasSize(35);
		assertThat(value("seats-34-fullName")).isEqualTo("Lục Thị Vân");
		check("annex-reviewed");
		form.save();
		assertThat(driver.getCurrentUrl()).matches(".*/decisions/\\d+/saved$");
		clickToNextPage(find(By.xpath("//main//a[normalize-space()='" + text("decision.saved.committee") + "']")));
		long committee = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/committees/(\\d+).*", "$1"));
		assertThat(driver.findElements(By.cssSelector("#roster table.roster tbody tr"))).hasSize(35);

		clickToNextPage(find(By.cssSelector("#meetings a[href$='/meetings/new']")));
		check("meeting-form");
		type("ordinal", "1");
		new Select(byId("chairSeatId")).selectByIndex(1);
		byId("attendance-0-PRESENT").click();
		byId("attendance-1-PRESENT").click();
		byId("attendance-2-ABSENT").click();
		type("conclusions", "Giao các sở, ngành triển khai kế hoạch chuyển đổi số.");
		type("conclusionNumber", "12/TB-BCĐ");
		task(0, "Gửi ý kiến về dự thảo quy chế", "Sở Thông tin và Truyền thông", "trong ngày", today);
		clickToNextPage(find(By.cssSelector("button[name=action][value='add:tasks']")));
		task(1, "Ban hành kế hoạch chuyển đổi số", "Sở Kế hoạch và Đầu tư", null, today);
		clickToNextPage(find(By.cssSelector("button[name=action][value='add:tasks']")));
		task(2, "Báo cáo kết quả làm việc trong tháng", "Sở Thông tin và Truyền thông", null, today.plusDays(7));
		assertThat(value("tasks-0.text")).isEqualTo("Gửi ý kiến về dự thảo quy chế");
		check("meeting-filled");
		clickToNextPage(find(By.cssSelector("button.btn-primary[name=action][value=save]")));
		assertThat(driver.getCurrentUrl()).matches(".*/meetings/\\d+$");
		String meetingPage = driver.getCurrentUrl();
		assertThat(find(By.id("attendance")).getText()).contains(text("meeting.attendance.presentCount", 2),
				text("meeting.attendance.absentCount", 1));
		check("meeting");

		report(0, "Đã nhận ý kiến của 10 sở", "IN_PROGRESS");
		report(1, "Đã ban hành kế hoạch", "DONE");
		assertThat(tasks().get(0).getText()).contains(text("task.status.IN_PROGRESS"));
		assertThat(tasks().get(1).getText()).contains(text("task.status.DONE"));
		check("progress-reported");

		clock.set(clock.instant().plus(Duration.ofDays(1)));
		open("/follow-up?committee=" + committee + "&state=late");
		List<WebElement> late = driver.findElements(By.cssSelector("table.follow-up-table tbody tr"));
		assertThat(late).hasSize(1);
		assertThat(late.get(0).getText()).contains("Gửi ý kiến về dự thảo quy chế", text("task.status.LATE"));
		check("follow-up-next-day");

		Calendar calendar = calendar("/committees/" + committee + "/calendar.ics");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).extracting(e -> e.getProperty(Property.UID).map(Property::getValue).orElseThrow())
			.hasSize(4).contains("meeting-" + meetingPage.replaceAll(".*/meetings/", "") + "@registry");
		assertThat(events).extracting(e -> e.getProperty(Property.DTSTART).map(Property::getValue).orElseThrow())
			.containsOnly(today.format(DateTimeFormatter.BASIC_ISO_DATE), today.plusDays(7).format(DateTimeFormatter.BASIC_ISO_DATE));
		noAccessibilityProblems();
	}

	/** The follow-up of an agency with the keyboard alone: from a committee's page, filter, narrow, open a meeting. */
	@Test
	void aVisitorFollowsUpAnAgencyWithTheKeyboardAlone() {
		journey("15-follow-up-keyboard");
		open("/committees/5");
		tabToLink("/follow-up?committee=5");
		andWaitForNextPage(() -> press(Keys.ENTER));
		assertThat(find(By.id("result-count")).getText()).isEqualTo(text("followUp.count", 7));
		tabTo("agency");
		press("so thong tin");
		tabTo("state");
		press(Keys.END);
		assertThat(selectedText("state")).isEqualTo(text("followUp.state.ALL"));
		tabTo(e -> "button".equals(e.getTagName()) && text("followUp.submit").equals(e.getText()), "the filter button", false);
		andWaitForNextPage(() -> press(Keys.ENTER));
		assertThat(find(By.id("result-count")).getText()).isEqualTo(text("followUp.count", 3));
		assertThat(driver.getCurrentUrl()).contains("agency=so+thong+tin", "state=all", "committee=5");
		check("follow-up-agency");
		assertThat(tabTo("follow-up-csv").getAttribute("href")).contains("/follow-up.csv?", "agency=so%20thong%20tin");
		tabToLink("/meetings/2");
		andWaitForNextPage(() -> press(Keys.ENTER));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Phiên họp lần thứ nhất");
		check("meeting-from-follow-up");
		open("/follow-up/provinces");
		check("provinces");
		noAccessibilityProblems();
	}

	private void task(int i, String text, String lead, String deadline, LocalDate on) {
		type("tasks-" + i + ".text", text);
		type("tasks-" + i + ".leadAgency", lead);
		if (deadline != null) {
			type("tasks-" + i + ".deadlineText", deadline);
		}
		type("tasks-" + i + ".deadlineOn", on.format(DATE));
	}

	private List<WebElement> tasks() {
		return driver.findElements(By.cssSelector("ol.task-list > li"));
	}

	private void report(int task, String note, String status) {
		clickToNextPage(tasks().get(task).findElement(By.cssSelector("a[href*='/progress/new']")));
		check("progress-form-" + task);
		type("note", note);
		find(By.cssSelector("input[name=status][value=" + status + "]")).click();
		clickToNextPage(find(By.cssSelector("main form button[type=submit]")));
		assertThat(driver.getCurrentUrl()).contains("/meetings/");
	}

	private Calendar calendar(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
		assertThat(calendar.validate().getEntries()).isEmpty();
		return calendar;
	}

	private static String annex() throws IOException {
		try (InputStream in = ClerkDayJourneyTest.class.getResourceAsStream("/paste/annex-35-rows.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
