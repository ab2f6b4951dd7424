package vn.registry.committee;

import org.junit.jupiter.api.Test;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** A committee's page: unknown values, dates, decisions, tasks and sources. */
class CommitteeDetailPageTest extends RegistryTestSupport {

	@Test
	void showsTheCommitteesNameLocalityAndLevel() throws Exception {
		String html = page("/committees/2");

		assertThat(html).contains("<h1 class=\"h2\">Ban Chỉ đạo về chuyển đổi số huyện M’Drắk</h1>",
				"Huyện M&#39;Đrắk</a>, Tỉnh Đắk Lắk", "Huyện");
	}

	@Test
	void showsAnUnknownDecisionDateAsChuaRo() throws Exception {
		String decisions = Html.section(page("/committees/4"), "decisions");

		assertThat(decisions).contains("4347/QĐ-UBND", "class=\"unknown\">chưa rõ</span>");
	}

	@Test
	void showsAnUnknownDecisionDateAsNotStatedInEnglish() throws Exception {
		String decisions = Html.section(page("/committees/4", "lang", "en"), "decisions");

		assertThat(decisions).contains("class=\"unknown\">not stated</span>").doesNotContain("chưa rõ");
	}

	@Test
	void showsDatesAsDayMonthYear() throws Exception {
		String decisions = Html.section(page("/committees/3"), "decisions");

		assertThat(decisions).contains("4268/QĐ-UBND", ">16/12/2021<", "UBND tỉnh Quảng Trị").doesNotContain("2021-12-16<");
	}

	@Test
	void marksBinhDinhsDecisionYearAsInferred() throws Exception {
		assertThat(Html.section(page("/committees/6"), "decisions")).contains(">01/03/2021<", "(năm suy ra từ nguồn)");
		assertThat(Html.section(page("/committees/6", "lang", "en"), "decisions"))
			.contains("(year inferred from the source)");
	}

	@Test
	void marksAnUnknownNumberAndTheMeetingThatAdoptedMdraksDecisions() throws Exception {
		String decisions = Html.section(page("/committees/2"), "decisions");

		assertThat(decisions).contains("Thành lập", "Ban hành quy chế",
				"(thông qua tại phiên họp ngày 18/11/2022)");
		assertThat(Html.decisionLinks(decisions)).containsExactlyInAnyOrder(2L, 3L);
	}

	@Test
	void showsThePrimeMinistersDecisionByItsStatedNumber() throws Exception {
		assertThat(Html.section(page("/committees/1"), "decisions")).contains("Số 701 (ký hiệu chưa rõ)", "26/05/2020",
				"Thủ tướng Chính phủ");
	}

	@Test
	void saysWhenTheSourcesGiveNoDecision() throws Exception {
		String decisions = Html.section(page("/committees/5"), "decisions");

		assertThat(decisions).contains("Nguồn không nêu quyết định nào");
		assertThat(Html.decisionLinks(decisions)).isEmpty();
	}

	@Test
	void showsThanhHoasFormerNameAndFiveTasks() throws Exception {
		String html = page("/committees/4");

		assertThat(html).contains("Tên gọi trước đây:", "<q>Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa</q>");
		assertThat(Html.section(html, "tasks")).containsSubsequence("value=\"1\"", "value=\"2\"", "value=\"3\"",
				"value=\"4\"", "value=\"5\"", "Làm đầu mối liên hệ với Ủy ban Quốc gia về Chuyển đổi số.");
	}

	@Test
	void showsTheMeetingsWithTheirDatesAndChairs() throws Exception {
		assertThat(Html.section(page("/committees/2"), "meetings")).contains("18/11/2022",
				"Chủ trì: Lê Văn Thao, Phó Chủ tịch UBND huyện M’Drắk");
		assertThat(Html.section(page("/committees/5"), "meetings")).contains("03/03/2021");
	}

	@Test
	void linksEverySourceOfTheCommittee() throws Exception {
		assertThat(Html.sourceLinks(Html.section(page("/committees/3"), "sources"))).containsExactly(2L);
		assertThat(Html.sourceLinks(Html.section(page("/committees/1"), "sources"))).containsExactly(3L, 5L);
	}

	@Test
	void everySeatCitesItsSource() throws Exception {
		String roster = Html.section(page("/committees/6"), "roster");

		assertThat(Html.sourceLinks(roster)).hasSize(19).containsOnly(5L);
	}

	@Test
	void linksToTheSameDataAsJson() throws Exception {
		assertThat(page("/committees/4")).contains("href=\"/api/committees/4\"");
	}

	@Test
	void showsTheParentCommittee() throws Exception {
		assertThat(page("/committees/3")).contains("<a href=\"/committees/1\">Ủy ban Quốc gia về Chuyển đổi số</a>");
	}

}
