package vn.registry.scale;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages of meetings, tasks, follow-up and calendars keep to a statement budget, whatever they list. */
@TestPropertySource(properties = "registry.test.data-set=small")
class ClerkDayStatementsTest extends ScaleTestSupport {

	@Test
	void meetingFollowUpAndCalendarPagesRunAFewStatements() throws Exception {
		String[][] pages = { { "/meetings/2", "3" }, { "/api/meetings/2", "2" }, { "/follow-up?committee=5&state=all", "4" },
				{ "/follow-up?agency=so%20thong%20tin", "3" }, { "/follow-up/provinces", "2" },
				{ "/follow-up.csv?committee=5", "2" }, { "/committees/5/calendar.ics", "4" },
				{ "/follow-up/calendar.ics?agency=so%20thong%20tin", "4" }, { "/committees/5", "3" } };
		for (String[] page : pages) {
			assertThat(statementsRendering(page[0])).as("statements rendering " + page[0])
				.hasSizeLessThanOrEqualTo(Integer.parseInt(page[1]));
		}
	}

}
