package vn.registry.scale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the small data set (the seeded committees): every page and API call runs at most four
 * statements, the same whether a committee has 3 seats or 40. {@link NationalDataSetTest} runs the
 * same pages on the national data set and expects the same numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "registry.test.data-set=small")
class PageStatementsTest extends ScaleTestSupport {

	private TestCommittees.Created small;

	private TestCommittees.Created large;

	@BeforeAll
	void committeesOfThreeAndFortySeats() {
		small = TestCommittees.create(jdbc, 3);
		large = TestCommittees.create(jdbc, 40);
	}

	@Test
	void everyPageRunsAtMostFourStatementsAndOneWhenKept() throws Exception {
		assertStatementBudgets(small, large);
	}

	@Test
	void aCommitteeOfFortySeatsRunsAsManyStatementsAsOneOfThree() throws Exception {
		for (String prefix : new String[] { "/committees/", "/api/committees/" }) {
			assertThat(statementsRendering(prefix + large.committee()))
				.hasSameSizeAs(statementsRendering(prefix + small.committee()));
		}
		assertThat(statementsRendering("/decisions/" + large.decision()))
			.hasSameSizeAs(statementsRendering("/decisions/" + small.decision()));
		assertThat(page("/committees/" + large.committee())).contains("Chức vụ kiểm thử 40");
	}

	@Test
	void linksToStaticFilesCarryTheirContentVersionAndOtherLinksStayAsTheyAre() throws Exception {
		String page = page("/committees/" + large.committee());
		assertThat(page).containsPattern("href=\"/css/registry-[0-9a-f]{32}\\.css\"")
			.containsPattern("src=\"/js/registry-[0-9a-f]{32}\\.js\"")
			.contains("href=\"/decisions/" + large.decision() + "\"")
			.contains("href=\"/committees\"");
	}

}
