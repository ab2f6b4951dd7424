package vn.registry.database;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Vietnam's administrative units as of 01/05/2024, seeded by the Java migration V3. */
class AdministrativeUnitsTest extends RegistryTestSupport {

	@Test
	void seedsEveryUnitOfEachLevel() {
		Map<String, Long> counts = jdbc.sql("SELECT level, count(*) AS n FROM administrative_unit GROUP BY level")
			.query((rs, row) -> entry(rs.getString("level"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(counts).containsOnly(entry("NATIONAL", 1L), entry("PROVINCE", 63L), entry("DISTRICT", 705L),
				entry("COMMUNE", 10595L));
	}

	@Test
	void theOnlyNationalUnitIsVietnamAndHasNoParent() {
		Map<String, Object> national = jdbc.sql("SELECT code, name, parent_id FROM administrative_unit WHERE level = 'NATIONAL'")
			.query()
			.singleRow();

		assertThat(national).containsEntry("code", "VN").containsEntry("name", "Việt Nam");
		assertThat(national.get("parent_id")).isNull();
	}

	@Test
	void mdrakIsDistrict652OfDakLak() {
		Map<String, Object> mdrak = jdbc.sql("""
				SELECT d.name, d.level, p.code AS province_code, p.name AS province_name, parent.code AS parent_code
				FROM administrative_unit d
				JOIN administrative_unit p ON p.id = d.province_id
				JOIN administrative_unit parent ON parent.id = d.parent_id
				WHERE d.code = '652'""").query().singleRow();

		assertThat(mdrak).containsEntry("name", "M'Đrắk")
			.containsEntry("level", "DISTRICT")
			.containsEntry("province_code", "66")
			.containsEntry("parent_code", "66")
			.containsEntry("province_name", "Đắk Lắk");
	}

	@Test
	void everyProvinceHangsUnderTheNationAndIsItsOwnProvince() {
		long wrong = jdbc.sql("""
				SELECT count(*) FROM administrative_unit u JOIN administrative_unit parent ON parent.id = u.parent_id
				WHERE u.level = 'PROVINCE' AND (parent.level <> 'NATIONAL' OR u.province_id IS DISTINCT FROM u.id)""")
			.query(Long.class)
			.single();

		assertThat(wrong).isZero();
	}

	@Test
	void everyDistrictLiesInItsParentProvince() {
		long wrong = jdbc.sql("""
				SELECT count(*) FROM administrative_unit u LEFT JOIN administrative_unit parent ON parent.id = u.parent_id
				WHERE u.level = 'DISTRICT'
				  AND (parent.level IS DISTINCT FROM 'PROVINCE' OR u.province_id IS DISTINCT FROM u.parent_id)""")
			.query(Long.class)
			.single();

		assertThat(wrong).isZero();
	}

	@Test
	void everyCommuneLiesInItsDistrictsProvince() {
		long wrong = jdbc.sql("""
				SELECT count(*) FROM administrative_unit u LEFT JOIN administrative_unit parent ON parent.id = u.parent_id
				WHERE u.level = 'COMMUNE'
				  AND (parent.level IS DISTINCT FROM 'DISTRICT' OR u.province_id IS DISTINCT FROM parent.province_id)""")
			.query(Long.class)
			.single();

		assertThat(wrong).isZero();
	}

}
