package vn.registry.committee;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded committees after the 2025 reform: their units ceased (except Thanh Hóa's), which no
 * decision dissolved, so they show as "unit reorganised" and name what took their territory over.
 */
class ReorganisedCommitteesTest extends RegistryTestSupport {

	@Test
	void mdraksCommitteeSaysItsDistrictCeasedAndNamesTheProvinceThatTookItOver() throws Exception {
		String html = page("/committees/2");
		String facts = Html.element(html, "id=\"committee-status\"", "dd");

		assertThat(facts).contains("Đơn vị hành chính đã sắp xếp").doesNotContain("Đã giải thể", "Đang hoạt động");
		assertThat(Html.element(html, "id=\"unit-ceased\"", "div"))
			.contains("Đơn vị hành chính Huyện M&#39;Đrắk không còn từ 01/07/2025")
			.containsPattern("<a class=\"alert-link\" href=\"/units/\\d+\">Tỉnh Đắk Lắk</a>");
	}

	@Test
	void eachSeededCommitteeNamesItsUnitsSuccessor() throws Exception {
		assertThat(Html.element(page("/committees/3"), "id=\"unit-ceased\"", "div")).contains(">Tỉnh Quảng Trị</a>");
		assertThat(Html.element(page("/committees/5"), "id=\"unit-ceased\"", "div")).contains(">Tỉnh Vĩnh Long</a>");
		assertThat(Html.element(page("/committees/6"), "id=\"unit-ceased\"", "div")).contains(">Tỉnh Gia Lai</a>");
	}

	@Test
	void thanhHoasProvinceWasKeptAsItWasSoItsCommitteeIsNotReorganised() throws Exception {
		String html = page("/committees/4");

		assertThat(Html.element(html, "id=\"committee-status\"", "dd")).contains("Đang hoạt động");
		assertThat(html).doesNotContain("id=\"unit-ceased\"", "Đơn vị hành chính đã sắp xếp");
	}

	@Test
	void beforeTheReformTheSameCommitteeWasActive() throws Exception {
		// Established at its first meeting on 18/11/2022.
		String html = page("/committees/2", "on", "2023-01-01");

		assertThat(Html.element(html, "id=\"committee-status\"", "dd")).contains("Đang hoạt động");
		assertThat(html).doesNotContain("id=\"unit-ceased\"");
	}

	@Test
	void theListShowsTheStatusAndTheSuccessorOnTheRow() throws Exception {
		String html = page("/committees", "q", "mdrak");

		assertThat(html).contains("Đơn vị hành chính đã sắp xếp", "Nay thuộc Tỉnh Đắk Lắk").doesNotContain("Đã giải thể");
	}

	@Test
	void theApiCarriesTheStatusShownAndTheUnitsPeriodAndSuccessors() throws Exception {
		var list = json("/api/committees", "q", "binh dinh");
		var detail = json("/api/committees/6");

		assertThat(list.read("$.items[0].status", String.class)).isEqualTo("REORGANISED");
		assertThat(list.read("$.items[0].unitSuccessors", String.class)).isEqualTo("Tỉnh Gia Lai");
		assertThat(detail.read("$.status", String.class)).isEqualTo("ACTIVE");
		assertThat(detail.read("$.unit.validTo", String.class)).isEqualTo("2025-06-30");
		assertThat(detail.read("$.unitSuccessors[*].fullName", List.class)).containsExactly("Tỉnh Gia Lai");
		assertThat(json("/api/committees/4").read("$.unit.validTo", String.class)).isNull();
	}

}
