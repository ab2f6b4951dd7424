package vn.registry.committee;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The committee list filtered by level and by province. */
class CommitteeFiltersTest extends RegistryTestSupport {

	@ParameterizedTest(name = "level={0} lists committees {1}")
	@CsvSource(delimiter = '|', value = { "province|3,4,5,6", "district|2", "national|1", "PROVINCE|3,4,5,6" })
	void filtersByLevel(String level, String ids) throws Exception {
		List<Long> expected = ids(ids);

		assertThat(Html.committeeLinks(page("/committees", "level", level))).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(json("/api/committees", "level", level).read("$.items[*].id", List.class))
			.containsExactlyInAnyOrderElementsOf(expected.stream().map(Long::intValue).toList());
	}

	@Test
	void theCommuneLevelHasNoCommitteeYet() throws Exception {
		String html = page("/committees", "level", "commune");

		assertThat(Html.committeeLinks(html)).isEmpty();
		assertThat(html).contains("Không có Ban Chỉ đạo nào khớp với điều kiện tìm kiếm.");
	}

	@Test
	void anUnknownLevelIsIgnored() throws Exception {
		assertThat(Html.committeeLinks(page("/committees", "level", "galaxy"))).hasSize(6);
	}

	@Test
	void filtersByProvinceIncludingItsDistrictCommittees() throws Exception {
		String dakLak = String.valueOf(unitId("66"));

		assertThat(Html.committeeLinks(page("/committees", "province", dakLak))).containsExactly(2L);
		assertThat(json("/api/committees", "province", dakLak).read("$.items[*].id", List.class)).containsExactly(2);
	}

	@Test
	void filtersByAProvincesOwnCommittee() throws Exception {
		String quangTri = String.valueOf(unitId("45"));

		assertThat(Html.committeeLinks(page("/committees", "province", quangTri))).containsExactly(3L);
	}

	@Test
	void combinesTheProvinceWithTheLevel() throws Exception {
		String dakLak = String.valueOf(unitId("66"));

		assertThat(Html.committeeLinks(page("/committees", "province", dakLak, "level", "province"))).isEmpty();
		assertThat(Html.committeeLinks(page("/committees", "province", dakLak, "level", "district"))).containsExactly(2L);
	}

	@Test
	void combinesTheQueryWithTheLevel() throws Exception {
		assertThat(Html.committeeLinks(page("/committees", "q", "chuyen doi so", "level", "province")))
			.containsExactlyInAnyOrder(3L, 4L, 5L);
	}

	@Test
	void keepsTheChosenProvinceSelected() throws Exception {
		long dakLak = unitId("66");

		assertThat(page("/committees", "province", String.valueOf(dakLak), "structure", "2024"))
			.containsPattern("<option value=\"" + dakLak + "\"\\s+selected=\"selected\">Tỉnh Đắk Lắk</option>");
	}

	private long provinceToday(String code) {
		return jdbc.sql("SELECT id FROM administrative_unit WHERE code = :code AND level = 'PROVINCE' AND valid_to IS NULL")
			.param("code", code).query(Long.class).single();
	}

	@Test
	void theProvinceFilterOffersTodays34ProvincesByDefaultAndThe63OldOnesOnRequest() throws Exception {
		String today = Html.element(page("/committees"), "id=\"province\"", "select");
		String old = Html.element(page("/committees", "structure", "2024"), "id=\"province\"", "select");

		assertThat(today.split("<option value=\"\\d+\"", -1)).hasSize(35);
		assertThat(today).contains(">Tỉnh Gia Lai</option>", ">Tỉnh Vĩnh Long</option>").doesNotContain("Tỉnh Bình Định", "Tỉnh Bến Tre");
		assertThat(old.split("<option value=\"\\d+\"", -1)).hasSize(64);
		assertThat(old).contains(">Tỉnh Bình Định</option>", ">Tỉnh Bến Tre</option>", ">Tỉnh Quảng Bình</option>");
	}

	@Test
	void aProvinceOfTodayFindsTheCommitteesOfEveryUnitThatLiesInItNowOldOnesIncluded() throws Exception {
		assertThat(Html.committeeLinks(page("/committees", "province", String.valueOf(provinceToday("66"))))).containsExactly(2L);
		assertThat(Html.committeeLinks(page("/committees", "province", String.valueOf(provinceToday("44"))))).containsExactly(3L);
		assertThat(Html.committeeLinks(page("/committees", "province", String.valueOf(provinceToday("52"))))).containsExactly(6L);
		assertThat(Html.committeeLinks(page("/committees", "province", String.valueOf(provinceToday("86"))))).containsExactly(5L);
		assertThat(Html.committeeLinks(page("/committees", "province", String.valueOf(provinceToday("38"))))).containsExactly(4L);
		assertThat(json("/api/committees", "province", String.valueOf(provinceToday("52"))).read("$.items[*].id", List.class))
			.containsExactly(6);
	}

	@Test
	void anOldProvinceFindsTheCommitteesOfItsUnitsOfThatTime() throws Exception {
		assertThat(Html.committeeLinks(page("/committees", "province", String.valueOf(unitId("52")), "structure", "2024")))
			.containsExactly(6L);
		assertThat(Html.committeeLinks(page("/committees", "province", String.valueOf(unitId("44")), "structure", "2024")))
			.isEmpty();
	}

	@Test
	void listsTheNationalCommitteeFirstThenProvincesThenDistricts() throws Exception {
		List<Long> order = Html.committeeLinks(page("/committees"));

		assertThat(order).hasSize(6);
		assertThat(order.get(0)).isEqualTo(1L);
		assertThat(order.subList(1, 5)).containsExactlyInAnyOrder(3L, 4L, 5L, 6L);
		assertThat(order.get(5)).isEqualTo(2L);
	}

	private static List<Long> ids(String ids) {
		return Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
	}

}
