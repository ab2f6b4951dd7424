package vn.registry.scale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The history page names members, roles and decisions without a statement per change. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "registry.test.data-set=small")
class HistoryStatementsTest extends ScaleTestSupport {

	private TestCommittees.Created small;

	private TestCommittees.Created large;

	/** Sizes no other test of this shared database uses: a committee's name is unique in its unit. */
	@BeforeAll
	void committeesOfFiveAndFortyTwoSeats() {
		small = TestCommittees.create(jdbc, 5);
		large = TestCommittees.create(jdbc, 42);
	}

	@Test
	void aHistoryPageRunsAtMostFourStatementsWhateverTheCommitteesSize() throws Exception {
		String large = "/committees/" + this.large.committee() + "/history";
		assertThat(statementsRendering(large)).hasSizeLessThanOrEqualTo(BUDGET);
		assertThat(statementsRendering(large + "?page=3")).hasSizeLessThanOrEqualTo(BUDGET);
		assertThat(statementsRendering("/committees/" + small.committee() + "/history"))
			.hasSizeLessThanOrEqualTo(BUDGET);
		assertThat(page(large)).contains("Thêm thành viên Chức vụ kiểm thử 15 (Thành viên)");
	}

}
