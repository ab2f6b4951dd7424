package vn.registry.committee;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through more committees than fit on a page. The extra committees live only in each test's
 * transaction (rolled back afterwards); MockMvc runs requests on the test's thread, so they see them.
 */
@Transactional
class CommitteePagingTest extends RegistryTestSupport {

	private static final int EXTRA = 25;

	private static final int TOTAL = 6 + EXTRA;

	@BeforeEach
	void addCommitteesWithTheSameName() {
		// One name for all: only a unique tie-breaker keeps their order stable.
		int added = jdbc.sql("""
				INSERT INTO committee (name, unit_id)
				SELECT 'Ban Chỉ đạo chuyển đổi số thử nghiệm', id FROM administrative_unit
				WHERE level = 'DISTRICT' AND code <> '652' ORDER BY code LIMIT :extra""")
			.param("extra", EXTRA)
			.update();
		assertThat(added).isEqualTo(EXTRA);
	}

	@Test
	void splitsTheListIntoPagesOfTwenty() throws Exception {
		DocumentContext first = json("/api/committees");
		DocumentContext second = json("/api/committees", "page", "2");

		assertThat(first.read("$.items.length()", Integer.class)).isEqualTo(20);
		assertThat(first.read("$.size", Integer.class)).isEqualTo(20);
		assertThat(first.read("$.page", Integer.class)).isEqualTo(1);
		assertThat(first.read("$.totalItems", Integer.class)).isEqualTo(TOTAL);
		assertThat(first.read("$.totalPages", Integer.class)).isEqualTo(2);
		assertThat(second.read("$.page", Integer.class)).isEqualTo(2);
		assertThat(second.read("$.items.length()", Integer.class)).isEqualTo(TOTAL - 20);
		assertThat(second.read("$.totalItems", Integer.class)).isEqualTo(TOTAL);
	}

	@Test
	void showsEveryCommitteeOnExactlyOnePage() throws Exception {
		List<Long> first = Html.committeeLinks(page("/committees"));
		List<Long> second = Html.committeeLinks(page("/committees", "page", "2"));
		List<Long> all = jdbc.sql("SELECT id FROM committee").query(Long.class).list();

		assertThat(first).hasSize(20).doesNotHaveDuplicates().doesNotContainAnyElementsOf(second);
		assertThat(second).hasSize(TOTAL - 20).doesNotHaveDuplicates();
		List<Long> both = new ArrayList<>(first);
		both.addAll(second);
		assertThat(both).containsExactlyInAnyOrderElementsOf(all);
	}

	@Test
	void keepsTheSameOrderOnRepeatedRequests() throws Exception {
		List<Integer> once = pageIds(1);
		List<Integer> twice = pageIds(1);
		List<Integer> secondOnce = pageIds(2);
		List<Integer> secondTwice = pageIds(2);

		assertThat(twice).isEqualTo(once);
		assertThat(secondTwice).isEqualTo(secondOnce);
		assertThat(Html.committeeLinks(page("/committees", "page", "2")))
			.isEqualTo(Html.committeeLinks(page("/committees", "page", "2")));
	}

	@Test
	void showsThePagerWithThePositionAndLinksKeepingTheFilters() throws Exception {
		String first = page("/committees", "q", "chuyen doi so");
		String second = page("/committees", "q", "chuyen doi so", "page", "2");

		assertThat(first).contains("Tìm thấy 30 Ban Chỉ đạo", "Trang 1 / 2", "page=2").contains("q=chuyen");
		assertThat(second).contains("Trang 2 / 2", "page=1");
		assertThat(Html.committeeLinks(second)).hasSize(10);
	}

	@Test
	void aPageBeyondTheLastIsEmptyButStillCountsTheTotal() throws Exception {
		DocumentContext beyond = json("/api/committees", "page", "3");

		assertThat(beyond.read("$.items", List.class)).isEmpty();
		assertThat(beyond.read("$.totalItems", Integer.class)).isEqualTo(TOTAL);
	}

	@Test
	void treatsAPageBelowOneAsTheFirst() throws Exception {
		assertThat(pageIds(0)).isEqualTo(pageIds(1));
		assertThat(json("/api/committees", "page", "-4").read("$.page", Integer.class)).isEqualTo(1);
	}

	private List<Integer> pageIds(int page) throws Exception {
		return json("/api/committees", "page", String.valueOf(page)).read("$.items[*].id", List.class);
	}

}
