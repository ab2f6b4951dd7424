package vn.registry.task;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import vn.registry.RegistryTestSupport;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Following up the seeded assignments: by committee, by agency, by province; as CSV and as calendars. */
class FollowUpTest extends RegistryTestSupport {

	@Test
	void anAgencySeesWhatItIsAssignedAndByWhom() throws Exception {
		String page = page("/follow-up", "agency", "so thong tin", "state", "all");

		assertThat(page).contains("Có hình thức hướng dẫn hỗ trợ phù hợp", "vào thứ 2 đầu mỗi tháng",
				"Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre", "href=\"/meetings/2\"", "3 nhiệm vụ")
			.doesNotContain("1.000 doanh nghiệp");
	}

	@Test
	void aCommitteesFollowUpListsItsOpenTasks() throws Exception {
		String page = page("/follow-up", "committee", "5");

		assertThat(page).contains("7 nhiệm vụ", "1.000 doanh nghiệp", "Chưa có báo cáo", "(suy ra từ văn bản)");
		assertThat(page("/follow-up", "committee", "5", "state", "late")).contains("0 nhiệm vụ");
	}

	@Test
	void exportsAsCsvThatASpreadsheetReadsAsUtf8() throws Exception {
		MockHttpServletResponse csv = get(MediaType.ALL, "/follow-up.csv", "committee", "5", "state", "all");

		byte[] bytes = csv.getContentAsByteArray();
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(text.lines().toList()).hasSize(8);
		assertThat(text).contains("\"Sở Công Thương\"", "\"07/03/2021\"", "\"Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre\"");
	}

	@Test
	void provincesCountCommitteesBehindTheirStatedCadence() throws Exception {
		String page = page("/follow-up/provinces");

		long benTre = jdbc.sql("SELECT id FROM administrative_unit WHERE code = '83'").query(Long.class).single();
		String row = page.substring(page.indexOf("data-province=\"" + benTre + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		// "Họp hàng quý": last met on 03/03/2021.
		assertThat(row).contains("Bến Tre").containsPattern("<td class=\"text-end\">0</td>\\s*<td class=\"text-end\">1</td>");
	}

	@Test
	void aCommitteesCalendarHasItsMeetingAndDeadlinesAsAParserReadsThem() throws Exception {
		MockHttpServletResponse response = get(MediaType.ALL, "/committees/5/calendar.ics");

		assertThat(response.getContentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
		assertThat(calendar.validate().getEntries()).isEmpty();
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).extracting(event -> value(event, Property.UID)).containsExactlyInAnyOrder("meeting-2@registry",
				"task-" + taskId(1) + "@registry", "task-" + taskId(3) + "@registry", "task-" + taskId(4) + "@registry");
		assertThat(events).extracting(event -> value(event, Property.DTSTART)).contains("20210303", "20210307", "20210331",
				"20210405");
		assertThat(events).extracting(event -> value(event, Property.RRULE)).contains("FREQ=MONTHLY;INTERVAL=3",
				"FREQ=MONTHLY;BYDAY=1MO");
		assertThat(events).extracting(event -> value(event, Property.SUMMARY))
			.contains("Phiên họp lần thứ nhất · Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre");
	}

	@Test
	void anAgencysCalendarHasItsDeadlinesAndTheMeetingThatSetThem() throws Exception {
		MockHttpServletResponse response = get(MediaType.ALL, "/follow-up/calendar.ics", "agency", "Sở Công Thương");

		Calendar calendar = new CalendarBuilder().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
		assertThat(calendar.validate().getEntries()).isEmpty();
		// Its one task has no deadline: only the meeting that assigned it.
		assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(event -> value(event, Property.UID))
			.containsExactly("meeting-2@registry");
	}

	private long taskId(int position) {
		return jdbc.sql("SELECT id FROM assigned_task WHERE meeting_id = 2 AND position = :p AND created_by IS NULL")
			.param("p", position).query(Long.class).single();
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

}
