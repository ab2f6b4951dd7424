package vn.registry.task;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTest {

	@Test
	void foldsLongVietnameseLinesAtSeventyFiveOctetsAndEscapesText() throws Exception {
		String summary = "Hạn: Xây dựng kế hoạch hỗ trợ chuyển đổi số cho 1.000 doanh nghiệp; báo cáo, tổng hợp (Sở Công Thương)";
		String ics = ICalendar.write("Bến Tre", List.of(new ICalendar.Event("task-7@registry", LocalDate.of(2021, 3, 7),
				summary, "dòng một\ndòng hai", "http://localhost/meetings/2", null)), Instant.parse("2026-12-04T03:00:00Z"));

		assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(event.getProperty(Property.SUMMARY).map(Property::getValue)).contains(summary);
		assertThat(event.getProperty(Property.DESCRIPTION).map(Property::getValue)).contains("dòng một\ndòng hai");
		assertThat(calendar.validate().getEntries()).isEmpty();
	}

}
