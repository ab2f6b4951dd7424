package vn.registry.committee;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.annotation.Transactional;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Every committee page links up to the committee above it and lists those below, in its own time's structure. */
class HierarchyTest extends RegistryTestSupport {

	@Test
	void aProvinceLinksUpToTheNationalCommitteeWhichListsItAsOfThen() throws Exception {
		assertThat(page("/committees/3")).contains("<a href=\"/committees/1\" rel=\"up\"");
		String national = page("/committees/1", "on", "2021-12-31");

		assertThat(national).contains("Cấp dưới có 63 đơn vị hành chính, 4 đơn vị có Ban Chỉ đạo (4 Ban Chỉ đạo)");
		assertThat(hierarchyLinks(national)).containsExactly(4L, 3L, 6L, 5L);
	}

	@Test
	void todayTheNationalCommitteeListsTheCommitteesOfTodaysThirtyFourProvinces() throws Exception {
		String national = page("/committees/1");

		assertThat(national).contains("Cấp dưới có 34 đơn vị hành chính, 1 đơn vị có Ban Chỉ đạo");
		assertThat(hierarchyLinks(national)).containsExactly(4L);
	}

	@Test
	void aDistrictWhoseProvinceHasNoCommitteeLinksUpToTheNationalOne() throws Exception {
		assertThat(page("/committees/2")).contains("<a href=\"/committees/1\" rel=\"up\"");
	}

	@Test
	@Transactional
	void aCommuneLinksUpThroughItsDistrictToItsProvinceWhichListsItOnPages() throws Exception {
		long district = jdbc.sql("SELECT id FROM administrative_unit WHERE level = 'DISTRICT' AND province_id = "
				+ "(SELECT unit_id FROM committee WHERE id = 3) ORDER BY code LIMIT 1").query(Long.class).single();
		long districtCommittee = committee("Ban Chỉ đạo chuyển đổi số huyện thử", "id = " + district);
		long commune = committee("Ban Chỉ đạo chuyển đổi số xã thử", "parent_id = " + district);
		for (int i = 0; i < 25; i++) {
			committee("Ban Chỉ đạo xã thử " + i, "level = 'COMMUNE' AND province_id = (SELECT unit_id FROM committee "
					+ "WHERE id = 3) AND parent_id <> " + district + " ORDER BY code OFFSET " + i);
		}

		assertThat(page("/committees/" + commune)).contains("<a href=\"/committees/" + districtCommittee + "\" rel=\"up\"");
		assertThat(page("/committees/" + districtCommittee)).contains("<a href=\"/committees/3\" rel=\"up\"");
		String province = page("/committees/3");
		assertThat(hierarchyLinks(province)).hasSize(20).startsWith(districtCommittee).doesNotContain(commune);
		assertThat(province).contains("Trang 1 / 2").contains("below=2");
		assertThat(hierarchyLinks(page("/committees/3", "below", "2"))).hasSize(6);
	}

	private long committee(String name, String unit) {
		return jdbc.sql("INSERT INTO committee (name, unit_id) VALUES (:name, "
				+ "(SELECT id FROM administrative_unit WHERE " + unit + " LIMIT 1)) RETURNING id")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	/** The committees the hierarchy section links to, above first. */
	private static java.util.List<Long> hierarchyLinks(String html) {
		String section = html.substring(html.indexOf("id=\"hierarchy\""));
		section = section.substring(0, section.indexOf("</section>"));
		java.util.List<Long> links = Html.committeeLinks(section.substring(Math.max(0, section.indexOf("<ul"))));
		return links;
	}

}
