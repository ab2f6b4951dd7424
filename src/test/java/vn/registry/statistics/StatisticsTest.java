package vn.registry.statistics;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures at /statistics and /api/statistics, checked against counts made by hand in SQL. */
class StatisticsTest extends RegistryTestSupport {

	@Test
	void countsCommitteesByTodaysProvincesOrByTheOldOnes() throws Exception {
		List<Object> today = json("/api/statistics").read("$.provinces");
		List<Object> old = json("/api/statistics", "provinces", "63").read("$.provinces");

		assertThat(today).hasSize(34);
		assertThat(old).hasSize(63);
		long seeded = jdbc.sql("SELECT count(*) FROM committee c JOIN administrative_unit u ON u.id = c.unit_id "
				+ "WHERE u.level <> 'NATIONAL'").query(Long.class).single();
		Integer sumToday = json("/api/statistics").read("$.provinces[*].total", List.class).stream()
			.mapToInt(n -> ((Number) n).intValue()).sum();
		assertThat(sumToday.longValue()).isEqualTo(seeded);
		assertThat(json("/api/statistics", "provinces", "63").read("$.provinces[?(@.province == 'Quảng Trị')].provinceLevel",
				List.class)).containsExactly(1);
		assertThat(json("/api/statistics", "provinces", "63").read("$.provinces[?(@.province == 'Đắk Lắk')].districtLevel",
				List.class)).containsExactly(1);
	}

	@Test
	void coverageCountsTodaysCommunesAndTheUncoveredAreDownloadable() throws Exception {
		long communes = jdbc.sql("SELECT count(*) FROM administrative_unit WHERE level = 'COMMUNE' AND valid_to IS NULL")
			.query(Long.class).single();
		Integer listed = json("/api/statistics").read("$.coverage[*].communes", List.class).stream()
			.mapToInt(n -> ((Number) n).intValue()).sum();
		assertThat(listed.longValue()).isEqualTo(communes);
		String csv = get(MediaType.ALL, "/export/coverage").getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(communes + 1);
	}

	@Test
	void thePageShowsTablesAndAChartWithItsNumbers() throws Exception {
		String html = page("/statistics");

		assertThat(html).contains("Ban Chỉ đạo theo tỉnh, thành phố và cấp").contains("Độ phủ")
			.contains("<svg").contains("/export/coverage?format=csv");
		assertThat(page("/statistics", "provinces", "63")).contains("Bến Tre");
	}

}
