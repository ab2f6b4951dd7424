package vn.registry.decision;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /decisions/{id}}: the decision's facts and the seats it appointed. */
class DecisionDetailTest extends RegistryTestSupport {

	@Test
	void showsNumberDateIssuerAndCommittee() throws Exception {
		String html = page("/decisions/4");

		assertThat(html).contains("4268/QĐ-UBND", "<time datetime=\"2021-12-16\">16/12/2021</time>", "UBND tỉnh Quảng Trị",
				"Thành lập Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị", "href=\"/committees/3\"", "href=\"/sources/2\"");
	}

	@Test
	void showsTheSeatsItAppointedInRosterOrder() throws Exception {
		String html = page("/decisions/4");

		assertThat(Html.dataRoles(html)).containsExactly("TRUONG_BAN", "PHO_TRUONG_BAN_THUONG_TRUC", "PHO_TRUONG_BAN");
		assertThat(html).containsSubsequence("Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn xã",
				"Giám đốc Sở Thông tin và Truyền thông");
	}

	@Test
	void listsTheCommitteeSeatsBeforeTheWorkingGroupSeats() throws Exception {
		List<String> roles = Html.dataRoles(page("/decisions/5"));

		assertThat(roles).hasSize(36);
		assertThat(roles.get(0)).isEqualTo("TRUONG_BAN");
		assertThat(roles.subList(0, 16)).doesNotContain("TO_TRUONG", "TO_PHO", "THANH_VIEN");
		assertThat(roles.subList(16, 36)).startsWith("TO_TRUONG").doesNotContain("TRUONG_BAN", "UY_VIEN");
	}

	@Test
	void showsAnUnknownDateAsChuaRoAndNotStated() throws Exception {
		assertThat(page("/decisions/5")).contains("4347/QĐ-UBND", "class=\"unknown\">chưa rõ</span>");
		assertThat(page("/decisions/5", "lang", "en")).contains("class=\"unknown\">not stated</span>")
			.contains("Consolidate");
	}

	@Test
	void showsAStatedNumberWithoutSymbol() throws Exception {
		assertThat(page("/decisions/1")).contains("Số 701 (ký hiệu chưa rõ)", "26/05/2020", "Thủ tướng Chính phủ");
	}

	@Test
	void showsTheMeetingThatAdoptedADecisionOfUnknownDate() throws Exception {
		assertThat(page("/decisions/2")).contains("(thông qua tại phiên họp ngày 18/11/2022)", "Phạm Ngọc Thạch");
	}

	@Test
	void saysWhenADecisionAppointedNoSeat() throws Exception {
		String html = page("/decisions/3");

		assertThat(Html.dataRoles(html)).isEmpty();
		assertThat(html).contains("Nguồn không nêu thành viên nào theo quyết định này.");
	}

}
