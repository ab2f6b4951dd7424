package vn.registry.decision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /decisions} and its filters by type, year and issuer. */
class DecisionListTest extends RegistryTestSupport {

	@Test
	void listsTheSixDecisions() throws Exception {
		String html = page("/decisions");

		assertThat(Html.decisionLinks(html)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
		assertThat(html).contains("Tìm thấy 6 quyết định");
	}

	@Test
	void listsTheNewestFirstAndDecisionsOfUnknownDateLast() throws Exception {
		assertThat(Html.decisionLinks(page("/decisions"))).endsWith(1L, 5L).startsWith(3L, 2L, 4L, 6L);
	}

	@Test
	void filtersByType() throws Exception {
		assertThat(Html.decisionLinks(page("/decisions", "type", "establish"))).containsExactlyInAnyOrder(2L, 4L);
		assertThat(Html.decisionLinks(page("/decisions", "type", "consolidate"))).containsExactlyInAnyOrder(1L, 5L, 6L);
		assertThat(Html.decisionLinks(page("/decisions", "type", "adopt_rules"))).containsExactly(3L);
	}

	@Test
	void filtersByTheYearSigned() throws Exception {
		assertThat(Html.decisionLinks(page("/decisions", "year", "2021"))).containsExactlyInAnyOrder(4L, 6L);
		assertThat(Html.decisionLinks(page("/decisions", "year", "2020"))).containsExactly(1L);
	}

	@Test
	void countsADecisionAdoptedAtAMeetingInTheMeetingsYear() throws Exception {
		assertThat(Html.decisionLinks(page("/decisions", "year", "2022"))).containsExactlyInAnyOrder(2L, 3L);
	}

	@ParameterizedTest(name = "issuer \"{0}\" finds 4268")
	@ValueSource(strings = { "quang tri", "UBND tỉnh Quảng Trị", "QUANG TRI" })
	void filtersByIssuerWithoutDiacritics(String issuer) throws Exception {
		String html = page("/decisions", "issuer", issuer);

		assertThat(Html.decisionLinks(html)).containsExactly(4L);
		assertThat(html).contains("4268/QĐ-UBND");
	}

	@Test
	void combinesFilters() throws Exception {
		assertThat(Html.decisionLinks(page("/decisions", "type", "consolidate", "year", "2021"))).containsExactly(6L);
		assertThat(Html.decisionLinks(page("/decisions", "type", "establish", "issuer", "thanh hoa"))).isEmpty();
	}

	@Test
	void showsTheEmptyMessageWhenNothingMatches() throws Exception {
		String html = page("/decisions", "type", "dissolve");

		assertThat(Html.decisionLinks(html)).isEmpty();
		assertThat(html).contains("Không có quyết định nào khớp với điều kiện lọc.");
	}

	@Test
	void treatsWildcardsInTheIssuerAsText() throws Exception {
		assertThat(Html.decisionLinks(page("/decisions", "issuer", "%"))).isEmpty();
		assertThat(Html.decisionLinks(page("/decisions", "issuer", "UBND_tinh"))).isEmpty();
	}

	@Test
	void showsUnknownNumbersAndDates() throws Exception {
		String html = page("/decisions", "year", "2021");

		assertThat(html).contains("16/12/2021", "01/03/2021", "(năm suy ra từ nguồn)", "class=\"unknown\">chưa rõ</span>");
	}

}
