package vn.registry.committee;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.transaction.annotation.Transactional;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search finds committees by the places they lie in, as people write them: without diacritics,
 * written together, by initials, with TP / TX / H. / Q.; whole words only; the unit named first.
 * The committees here live in the test's transaction.
 */
@Transactional
class PlaceSearchTest extends RegistryTestSupport {

	private long dakLak;

	private long dakLakCommune;

	private long hoChiMinh;

	private long hoChiMinhCommune;

	private long hue;

	private long hoaBinh;

	private long binhDinhScience;

	@BeforeEach
	void committeesInSeveralPlaces() {
		dakLak = committee("Ban Chỉ đạo chuyển đổi số tỉnh", "code = '66' AND level = 'PROVINCE'");
		dakLakCommune = committee("Ban Chỉ đạo chuyển đổi số xã",
				"level = 'COMMUNE' AND province_id = (SELECT id FROM administrative_unit WHERE code = '66' ORDER BY id LIMIT 1)");
		hoChiMinh = committee("Ban Chỉ đạo chuyển đổi số Thành phố Hồ Chí Minh", "code = '79' AND level = 'PROVINCE'");
		hoChiMinhCommune = committee("Ban Chỉ đạo chuyển đổi số phường",
				"level = 'COMMUNE' AND province_id = (SELECT id FROM administrative_unit WHERE code = '79' ORDER BY id LIMIT 1)");
		hue = committee("Ban Chỉ đạo chuyển đổi số thành phố Huế", "code = '474' AND level = 'DISTRICT'");
		hoaBinh = committee("Ban Chỉ đạo chuyển đổi số tỉnh Hòa Bình", "code = '17' AND level = 'PROVINCE'");
		binhDinhScience = committee("Ban Chỉ đạo phát triển khoa học, công nghệ và chuyển đổi số",
				"code = '52' AND level = 'PROVINCE'");
	}

	private long committee(String name, String unit) {
		return jdbc.sql("INSERT INTO committee (name, unit_id) VALUES (:name, "
				+ "(SELECT id FROM administrative_unit WHERE " + unit + " ORDER BY code LIMIT 1)) RETURNING id")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	@ParameterizedTest(name = "\"{0}\" finds every committee in Đắk Lắk, the province's first")
	@ValueSource(strings = { "dak lak", "daklak", "Đắk Lắk", "DakLak", "tỉnh Đắk Lắk", "T. Dak Lak" })
	void findsTheCommitteesOfAProvinceByItsName(String query) throws Exception {
		List<Long> found = Html.committeeLinks(page("/committees", "q", query));

		assertThat(found).containsExactlyInAnyOrder(dakLak, dakLakCommune, 2L);
		assertThat(found.get(0)).isEqualTo(dakLak);
	}

	@ParameterizedTest(name = "\"{0}\" finds the committees of Hồ Chí Minh City, the city's first")
	@ValueSource(strings = { "TP HCM", "HCM", "Hồ Chí Minh", "tp.hcm", "Thành phố Hồ Chí Minh", "ho chi minh" })
	void findsHoChiMinhCityByItsInitialsAndItsName(String query) throws Exception {
		List<Long> found = Html.committeeLinks(page("/committees", "q", query));

		assertThat(found).containsExactly(hoChiMinh, hoChiMinhCommune);
	}

	@ParameterizedTest(name = "\"{0}\" finds Huế")
	@ValueSource(strings = { "tp hue", "TP. Huế", "Tp.Huế", "thanh pho hue" })
	void findsACityByItsAbbreviatedLevel(String query) throws Exception {
		assertThat(Html.committeeLinks(page("/committees", "q", query))).containsExactly(hue);
	}

	@Test
	void matchesWholeWordsSoThatHoaBinhIsNotFoundInsideKhoaHoc() throws Exception {
		assertThat(Html.committeeLinks(page("/committees", "q", "hoa binh"))).containsExactly(hoaBinh);
		assertThat(Html.committeeLinks(page("/committees", "q", "khoa hoc"))).containsExactly(binhDinhScience);
	}

	@Test
	void theApiSearchesTheSameWay() throws Exception {
		assertThat(json("/api/committees", "q", "daklak").read("$.items[*].id", List.class)).hasSize(3);
	}

}
