package vn.registry.committee;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code q} on the committee list and the API ignores case, diacritics and apostrophe style. */
class CommitteeSearchTest extends RegistryTestSupport {

	private static final String EMPTY = "Không có Ban Chỉ đạo nào khớp với điều kiện tìm kiếm.";

	@ParameterizedTest(name = "\"{0}\" finds committee {1}")
	@CsvSource(delimiter = '|', value = { "quang tri|3", "QUẢNG TRỊ|3", "thanh hoa|4", "Thanh Hoá|4", "Thanh Hóa|4",
			"mdrak|2", "M'Drak|2", "M’Drắk|2", "M'Đrắk|2", "MDRẮK|2", "  bến   tre  |5", "binh dinh|6",
			"Chính quyền điện tử tỉnh Thanh Hóa|4", "chinh phu dien tu|1" })
	void findsExactlyTheRightCommitteeOnTheListPage(String query, long id) throws Exception {
		String html = page("/committees", "q", query);

		assertThat(Html.committeeLinks(html)).containsExactly(id);
		assertThat(html).contains("Tìm thấy 1 Ban Chỉ đạo").doesNotContain(EMPTY);
	}

	@ParameterizedTest(name = "\"{0}\" finds committee {1} in the API")
	@CsvSource(delimiter = '|', value = { "quang tri|3", "QUẢNG TRỊ|3", "thanh hoa|4", "Thanh Hoá|4", "mdrak|2",
			"M'Drak|2", "M’Drắk|2", "M'Đrắk|2", "Chính quyền điện tử tỉnh Thanh Hóa|4" })
	void findsExactlyTheRightCommitteeInTheApi(String query, long id) throws Exception {
		List<Integer> ids = json("/api/committees", "q", query).read("$.items[*].id", List.class);

		assertThat(ids).containsExactly((int) id);
	}

	@ParameterizedTest(name = "\"{0}\" finds nothing")
	@ValueSource(strings = { "Hà Giang", "xyz khong ton tai", "%", "_", "ban%dao", "ban_chi", "\\", "quang%tri" })
	void showsTheEmptyMessageWhenNothingMatchesAndTreatsLikeWildcardsAsText(String query) throws Exception {
		String html = page("/committees", "q", query);

		assertThat(Html.committeeLinks(html)).isEmpty();
		assertThat(html).contains(EMPTY).contains("Tìm thấy 0 Ban Chỉ đạo");
		assertThat(json("/api/committees", "q", query).read("$.totalItems", Integer.class)).isZero();
	}

	@ParameterizedTest(name = "\"{0}\" lists every committee")
	@ValueSource(strings = { "", "   " })
	void aBlankQueryListsEveryCommittee(String query) throws Exception {
		assertThat(Html.committeeLinks(page("/committees", "q", query))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
	}

	@ParameterizedTest(name = "\"{0}\" stays in the search box")
	@ValueSource(strings = { "M’Drắk", "Thanh Hoá" })
	void keepsTheQueryInTheSearchBox(String query) throws Exception {
		assertThat(page("/committees", "q", query)).contains("value=\"" + query + "\"");
	}

	/** The words may come from the places a committee lies in: M’Drắk's (2) lies in tỉnh Đắk Lắk. */
	@ParameterizedTest(name = "\"{0}\" matches committees whose names or places hold every word")
	@CsvSource(delimiter = '|', value = { "chuyen doi so tinh|2,3,4,5", "chinh quyen dien tu|4,6" })
	void everyWordMustMatch(String query, String ids) throws Exception {
		List<Long> expected = Arrays.stream(ids.split(",")).map(Long::valueOf).toList();

		assertThat(Html.committeeLinks(page("/committees", "q", query))).containsExactlyInAnyOrderElementsOf(expected);
	}

}
