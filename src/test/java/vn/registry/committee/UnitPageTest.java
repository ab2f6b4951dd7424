package vn.registry.committee;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /units/{id}} and {@code /api/units/{id}}: a unit's period, lineage and committees. */
class UnitPageTest extends RegistryTestSupport {

	private long unitToday(String code) {
		return jdbc.sql("SELECT id FROM administrative_unit WHERE code = :code AND valid_to IS NULL")
			.param("code", code).query(Long.class).single();
	}

	@Test
	void aUnitThatCeasedShowsItsPeriodItsSuccessorAndItsCommittee() throws Exception {
		long mdrak = unitId("652");
		String html = page("/units/" + mdrak);

		assertThat(html).contains("<h1 class=\"h2\">Huyện M&#39;Đrắk</h1>", "trước 01/05/2024 – 30/06/2025",
				">Tỉnh Đắk Lắk</a>", "href=\"/committees/2\"");
		assertThat(html).containsPattern("id=\"successors\"[\\s\\S]*href=\"/units/" + unitToday("66") + "\"");
	}

	@Test
	void aProvinceOf2025ListsItsPredecessorsAndTheirCommittees() throws Exception {
		String html = page("/units/" + unitToday("52"));

		assertThat(html).contains("01/07/2025 – nay", "id=\"predecessors\"", ">Tỉnh Bình Định</a>", ">Tỉnh Gia Lai</a>",
				"href=\"/committees/6\"");
	}

	@Test
	void aSplitCommuneListsEachSuccessorAsAPartOnly() throws Exception {
		String html = page("/units/" + unitId("00019"));

		assertThat(html).contains(">Phường Ba Đình</a>", ">Phường Hoàn Kiếm</a>", "(một phần)");
	}

	@Test
	void theApiDescribesTheUnitWithItsLineage() throws Exception {
		var unit = json("/api/units/" + unitId("45"));

		assertThat(unit.read("$.unit.fullName", String.class)).isEqualTo("Tỉnh Quảng Trị");
		assertThat(unit.read("$.unit.validTo", String.class)).isEqualTo("2025-06-30");
		assertThat(unit.read("$.successors[*].unit.code", List.class)).containsExactly("44");
		assertThat(unit.read("$.committees[*].id", List.class)).containsExactly(3);
	}

	@Test
	void anUnknownUnitIsNotFound() throws Exception {
		assertThat(get(org.springframework.http.MediaType.TEXT_HTML, "/units/999999999").getStatus()).isEqualTo(404);
	}

}
