package vn.registry.seed;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Every seeded record cites one of the five seed articles, in corrected Vietnamese. */
class SeedSourcesTest extends RegistryTestSupport {

	/** The slips the articles contain; the registry stores the corrected words. */
	private static final List<String> TYPING_SLIPS = List.of("Ban Chi đạo", "chuyển đổi sổ", "giai pháp", "thúc đấy",
			"chuyến đổi", "triến khai", "Chu tịch");

	/** Rows of the six seeded committees (ids 1 to 6), whatever later tests or users add. */
	private static final String SEEDED = " WHERE committee_id BETWEEN 1 AND 6";

	@Test
	void registersOneSourcePerSeedArticle() {
		assertThat(jdbc.sql("SELECT seed_file FROM source ORDER BY id").query(String.class).list()).containsExactly(
				"000_dae2d9f29c8e1e17.txt", "001_0f36138f2b4dcaca.txt", "002_d207213e46d453da.txt",
				"003_791392d79feba516.txt", "004_d6be078450fba5f4.txt");
	}

	@Test
	void everyCommitteeCitesASource() {
		List<Long> uncited = jdbc.sql("""
				SELECT c.id FROM committee c
				WHERE NOT EXISTS (SELECT 1 FROM committee_source cs WHERE cs.committee_id = c.id)""")
			.query(Long.class)
			.list();

		assertThat(uncited).isEmpty();
		assertThat(jdbc.sql("SELECT count(DISTINCT committee_id) FROM committee_source").query(Long.class).single())
			.isEqualTo(6);
	}

	@ParameterizedTest(name = "every seeded {0} row cites a source")
	@ValueSource(strings = { "seat", "decision", "meeting", "working_group", "related_document" })
	void everySeededRowCitesASource(String table) {
		long rows = jdbc.sql("SELECT count(*) FROM " + table + SEEDED).query(Long.class).single();
		long uncited = jdbc.sql("SELECT count(*) FROM " + table + SEEDED + " AND source_id IS NULL")
			.query(Long.class)
			.single();

		assertThat(rows).isPositive();
		assertThat(uncited).isZero();
	}

	@ParameterizedTest(name = "{0} rows cite a source of their own committee")
	@ValueSource(strings = { "seat", "decision", "meeting", "working_group", "related_document" })
	void rowsCiteASourceListedForTheirCommittee(String table) {
		long foreign = jdbc.sql("SELECT count(*) FROM " + table + SEEDED + " AND NOT EXISTS ("
				+ "SELECT 1 FROM committee_source cs WHERE cs.committee_id = " + table + ".committee_id"
				+ " AND cs.source_id = " + table + ".source_id)")
			.query(Long.class)
			.single();

		assertThat(foreign).isZero();
	}

	@ParameterizedTest(name = "{0} holds no typing slip of the articles")
	@ValueSource(strings = { "committee", "committee_task", "committee_former_name", "seat", "decision", "working_group",
			"meeting", "related_document" })
	void storesCorrectedVietnamese(String table) {
		List<String> rows = jdbc.sql("SELECT row_to_json(t)::text FROM " + table + " t").query(String.class).list();

		assertThat(rows).isNotEmpty();
		for (String slip : TYPING_SLIPS) {
			assertThat(rows).as("%s rows containing \"%s\"", table, slip).noneMatch(row -> row.contains(slip));
		}
	}

	@Test
	void storesMdrakWithOneApostropheStyle() {
		List<String> names = jdbc.sql("""
				SELECT name FROM committee WHERE name LIKE '%Drắk%'
				UNION ALL SELECT name FROM working_group WHERE name LIKE '%Drắk%'
				UNION ALL SELECT summary FROM decision WHERE summary LIKE '%Drắk%'""").query(String.class).list();

		assertThat(names).hasSize(4).allSatisfy(name -> assertThat(name).contains("M’Drắk").doesNotContain("M'Drắk"));
	}

}
