package vn.registry.database;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Vietnam's administrative units in time: the structure of 01/05/2024 (V3), ended on 30/06/2025,
 * and the one in force from 01/07/2025 with the reform's lineage (V8, V9).
 */
class AdministrativeUnitsTest extends RegistryTestSupport {

	private Map<String, Long> countsOn(LocalDate day) {
		return jdbc.sql("""
				SELECT level, count(*) AS n FROM administrative_unit
				WHERE (valid_from IS NULL OR valid_from <= :day) AND (valid_to IS NULL OR valid_to >= :day)
				GROUP BY level""")
			.param("day", day)
			.query((rs, row) -> entry(rs.getString("level"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Test
	void theStructureBeforeTheReformHas63Provinces705DistrictsAnd10595Communes() {
		assertThat(countsOn(LocalDate.of(2025, 6, 30))).containsOnly(entry("NATIONAL", 1L), entry("PROVINCE", 63L),
				entry("DISTRICT", 705L), entry("COMMUNE", 10595L));
	}

	@Test
	void theStructureFrom1July2025Has34ProvincesAnd3321CommunesAndNoDistricts() {
		assertThat(countsOn(LocalDate.of(2025, 7, 1))).containsOnly(entry("NATIONAL", 1L), entry("PROVINCE", 34L),
				entry("COMMUNE", 3321L));
	}

	@Test
	void aCodeIsReusedAcrossTheReformButUniqueWithinAPeriod() {
		List<String> named52 = jdbc.sql("SELECT full_name FROM administrative_unit WHERE code = '52' ORDER BY valid_to NULLS LAST")
			.query(String.class)
			.list();

		assertThat(named52).containsExactly("Tỉnh Bình Định", "Tỉnh Gia Lai");
	}

	/** The successor(s) of the 2024 unit with this code and level, by code. */
	private List<String> successorsOf(String code, String level) {
		return jdbc.sql("""
				SELECT n.code || ' ' || n.full_name FROM unit_succession s
				JOIN administrative_unit o ON o.id = s.predecessor_id
				JOIN administrative_unit n ON n.id = s.successor_id
				WHERE o.code = :code AND o.level = :level AND o.valid_to = DATE '2025-06-30' ORDER BY n.code""")
			.param("code", code)
			.param("level", level)
			.query(String.class)
			.list();
	}

	@Test
	void theSeedUnitsWentWhereTheReformSays() {
		assertThat(successorsOf("652", "DISTRICT")).containsExactly("66 Tỉnh Đắk Lắk");
		assertThat(successorsOf("45", "PROVINCE")).containsExactly("44 Tỉnh Quảng Trị");
		assertThat(successorsOf("52", "PROVINCE")).containsExactly("52 Tỉnh Gia Lai");
		assertThat(successorsOf("83", "PROVINCE")).containsExactly("86 Tỉnh Vĩnh Long");
	}

	@Test
	void thanhHoaWasKeptAsItWasAndStaysOneUnit() {
		Map<String, Object> thanhHoa = jdbc.sql("""
				SELECT count(*) AS units, min(valid_from) AS valid_from, min(valid_to) AS valid_to
				FROM administrative_unit WHERE code = '38' AND level = 'PROVINCE'""").query().singleRow();

		assertThat(thanhHoa).containsEntry("units", 1L).containsEntry("valid_from", null).containsEntry("valid_to", null);
		assertThat(successorsOf("38", "PROVINCE")).isEmpty();
	}

	@Test
	void aSplitCommuneHasSeveralSuccessorsEachAPartOnly() {
		List<Map<String, Object>> successors = jdbc.sql("""
				SELECT n.full_name, s.part_only FROM unit_succession s
				JOIN administrative_unit o ON o.id = s.predecessor_id JOIN administrative_unit n ON n.id = s.successor_id
				WHERE o.code = '00019' AND o.level = 'COMMUNE' ORDER BY n.code""").query().listOfRows();

		assertThat(successors).extracting(row -> row.get("full_name"))
			.containsExactly("Phường Ba Đình", "Phường Hoàn Kiếm", "Phường Ô Chợ Dừa", "Phường Văn Miếu - Quốc Tử Giám");
		assertThat(successors).extracting(row -> row.get("part_only")).containsOnly(true);
	}

	@Test
	void everyUnitOf2024HasASuccessorOrIsTheSameUnitToday() {
		long orphans = jdbc.sql("""
				SELECT count(*) FROM administrative_unit o
				WHERE o.valid_to = DATE '2025-06-30'
				  AND NOT EXISTS (SELECT 1 FROM unit_succession s WHERE s.predecessor_id = o.id)""")
			.query(Long.class)
			.single();

		assertThat(orphans).isZero();
	}

	@Test
	void everyUnitKnowsTheProvinceOfTodayItLiesIn() {
		Map<String, Object> mdrak = jdbc.sql("""
				SELECT u.name, p.full_name AS province, cp.full_name AS current_province, cp.valid_to AS current_valid_to
				FROM administrative_unit u JOIN administrative_unit p ON p.id = u.province_id
				JOIN administrative_unit cp ON cp.id = u.current_province_id
				WHERE u.code = '652'""").query().singleRow();
		long without = jdbc.sql("SELECT count(*) FROM administrative_unit WHERE level <> 'NATIONAL' AND current_province_id IS NULL")
			.query(Long.class)
			.single();

		assertThat(mdrak).containsEntry("name", "M'Đrắk").containsEntry("province", "Tỉnh Đắk Lắk")
			.containsEntry("current_province", "Tỉnh Đắk Lắk").containsEntry("current_valid_to", null);
		assertThat(without).isZero();
	}

	@Test
	void communesOf2025HangUnderTheirProvince() {
		long wrong = jdbc.sql("""
				SELECT count(*) FROM administrative_unit u JOIN administrative_unit parent ON parent.id = u.parent_id
				WHERE u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01'
				  AND (parent.level <> 'PROVINCE' OR parent.valid_to IS NOT NULL OR u.province_id <> parent.id)""")
			.query(Long.class)
			.single();
		long specialZones = jdbc.sql("SELECT count(*) FROM administrative_unit WHERE full_name LIKE 'Đặc khu %'")
			.query(Long.class)
			.single();

		assertThat(wrong).isZero();
		assertThat(specialZones).isPositive();
	}

	@Test
	void everyDistrictOf2024LiesInItsParentProvince() {
		long wrong = jdbc.sql("""
				SELECT count(*) FROM administrative_unit u LEFT JOIN administrative_unit parent ON parent.id = u.parent_id
				WHERE u.level = 'DISTRICT'
				  AND (parent.level IS DISTINCT FROM 'PROVINCE' OR u.province_id IS DISTINCT FROM u.parent_id)""")
			.query(Long.class)
			.single();

		assertThat(wrong).isZero();
	}

}
