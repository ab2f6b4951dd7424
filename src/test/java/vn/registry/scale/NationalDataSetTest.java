package vn.registry.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.registry.demo.DemoDataLoader;
import vn.registry.statistics.ProvinceCount;
import vn.registry.statistics.StatisticsQueries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national demo data set: one committee per province, district and commune, realistic rosters
 * and history, marked as demo data, loaded twice to the same rows; and the pages on it: as few
 * statements as on the seeded data set, every search and filter answered from an index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "registry.test.data-set=national")
class NationalDataSetTest extends ScaleTestSupport {

	private static final long FIRST_DEMO_ID = 1_000_000_000L;

	@Autowired
	private DemoDataLoader loader;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private StatisticsQueries statistics;

	private String seededBefore;

	private TestCommittees.Created small;

	private TestCommittees.Created large;

	@BeforeAll
	void loadTheNationalDataSet() throws Exception {
		seededBefore = seededCommittees();
		DemoDataLoader.Result result = loader.load();
		assertThat(result.committees()).isEqualTo(11_358);
		small = TestCommittees.create(jdbc, 3);
		large = TestCommittees.create(jdbc, 40);
	}

	@Test
	void everyProvinceDistrictAndCommuneHasOneCommittee() {
		assertThat(count("SELECT count(*) FROM administrative_unit WHERE level <> 'NATIONAL'")).isEqualTo(11_363);
		assertThat(count("""
				SELECT count(*) FROM administrative_unit u WHERE u.level <> 'NATIONAL'
				AND NOT EXISTS (SELECT 1 FROM committee c WHERE c.unit_id = u.id)""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM (SELECT unit_id FROM committee WHERE id >= 1000000000
				                      GROUP BY unit_id HAVING count(*) > 1) twice""")).isZero();
	}

	@Test
	void rostersHaveFifteenToThirtyFiveSeatsAHeadAndAStandingDeputy() {
		Map<String, Object> roster = jdbc.sql("""
				SELECT min(serving) AS fewest, max(serving) AS most, min(heads) AS min_heads, max(heads) AS max_heads,
				       min(standing) AS min_standing, max(standing) AS max_standing
				FROM (SELECT c.id, count(s.id) AS serving,
				             count(s.id) FILTER (WHERE r.code = 'TRUONG_BAN') AS heads,
				             count(s.id) FILTER (WHERE r.code = 'PHO_TRUONG_BAN_THUONG_TRUC') AS standing
				      FROM committee c
				      JOIN seat s ON s.committee_id = c.id AND s.working_group_id IS NULL AND s.end_on IS NULL
				      JOIN role r ON r.id = s.role_id
				      WHERE c.id >= 1000000000 GROUP BY c.id) rosters""").query().singleRow();
		assertThat(roster).containsEntry("fewest", 15L).containsEntry("most", 35L)
			.containsEntry("min_heads", 1L).containsEntry("max_heads", 1L)
			.containsEntry("min_standing", 1L).containsEntry("max_standing", 1L);
		assertThat(count("SELECT count(*) FROM seat WHERE committee_id >= 1000000000 AND full_name IS NULL"))
			.as("seats that name only the post").isGreaterThan(10_000);
		assertThat(count("""
				SELECT count(*) FROM seat WHERE committee_id >= 1000000000
				AND position IN ('Chủ tịch UBND xã', 'Giám đốc Sở Tài chính', 'Trưởng phòng Văn hóa và Thông tin huyện')"""))
			.isGreaterThan(5_000);
	}

	@Test
	void everyCommitteeHasOneToFourDecisionsAndSomeHistory() {
		Map<String, Object> decisions = jdbc.sql("""
				SELECT min(n) AS fewest, max(n) AS most FROM (
				    SELECT c.id, count(d.id) AS n FROM committee c JOIN decision d ON d.committee_id = c.id
				    WHERE c.id >= 1000000000 GROUP BY c.id) counts""").query().singleRow();
		assertThat(decisions).containsEntry("fewest", 1L).containsEntry("most", 4L);
		assertThat(count("""
				SELECT count(*) FROM committee c WHERE c.id >= 1000000000
				AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.committee_id = c.id AND d.type = 'ESTABLISH')""")).isZero();
		long ended = count("SELECT count(*) FROM seat WHERE committee_id >= 1000000000 AND ended_by_decision_id IS NOT NULL");
		assertThat(ended).isGreaterThan(10_000);
		assertThat(count("""
				SELECT count(*) FROM seat old WHERE old.committee_id >= 1000000000 AND old.ended_by_decision_id IS NOT NULL
				AND NOT EXISTS (SELECT 1 FROM seat successor
				                WHERE successor.committee_id = old.committee_id AND successor.role_id = old.role_id
				                  AND successor.sort_order = old.sort_order
				                  AND successor.working_group_id IS NOT DISTINCT FROM old.working_group_id
				                  AND successor.appointed_by_decision_id = old.ended_by_decision_id
				                  AND successor.start_on = old.end_on)""")).as("ended seats without a successor").isZero();
		assertThat(count("SELECT count(*) FROM working_group WHERE committee_id >= 1000000000")).isGreaterThan(8_000);
		assertThat(count("SELECT count(*) FROM committee_former_name WHERE committee_id >= 1000000000")).isPositive();
	}

	@Test
	void demoRowsCiteTheDemoSource() {
		assertThat(jdbc.sql("SELECT title FROM source WHERE id = 1000000000").query(String.class).single())
			.isEqualTo("Dữ liệu minh họa");
		assertThat(count("""
				SELECT count(*) FROM committee c WHERE c.id >= 1000000000 AND NOT EXISTS (
				    SELECT 1 FROM committee_source cs WHERE cs.committee_id = c.id AND cs.source_id = 1000000000)""")).isZero();
		assertThat(count("SELECT count(*) FROM decision WHERE committee_id >= 1000000000 AND source_id <> 1000000000"))
			.isZero();
		assertThat(count("SELECT count(*) FROM seat WHERE committee_id >= 1000000000 AND source_id <> 1000000000"))
			.isZero();
		assertThat(count("SELECT count(*) FROM change_log WHERE committee_id >= 1000000000"))
			.as("demo rows are no one's change").isZero();
	}

	@Test
	void loadingAgainLeavesTheSameDataAndTheSeededCommitteesUntouched() throws Exception {
		String demoBefore = demoData();
		assertThat(loader.load().committees()).isEqualTo(11_358);
		assertThat(demoData()).isEqualTo(demoBefore);
		assertThat(seededCommittees()).isEqualTo(seededBefore);
	}

	@Test
	void pagesRunAsManyStatementsAsOnTheSeededDataSet() throws Exception {
		assertStatementBudgets(small, large);
	}

	@Test
	void everySearchAndFilterIsAnsweredFromAnIndex() throws Exception {
		long hanoi = jdbc.sql("SELECT id FROM administrative_unit WHERE code = '01'").query(Long.class).single();
		List<String> uris = List.of("/committees?q=phuc%20xa", "/committees?q=M%27Drak", "/committees?q=quang",
				"/committees?q=dak%20lak", "/committees?q=TP%20HCM", "/committees?q=daklak", "/people?q=phan%20van%20mai",
				"/people?q=giam%20doc%20so", "/people/phan-van-mai",
				"/committees?q=xa", "/committees?level=province", "/committees?level=commune&page=3",
				"/committees?province=" + hanoi, "/committees?q=tan&level=commune&province=" + hanoi,
				"/api/committees?q=ha%20noi", "/decisions?type=consolidate", "/decisions?type=dissolve",
				"/decisions?year=2023", "/decisions?issuer=ubnd%20xa%20tan", "/decisions?type=establish&year=2022&page=2",
				"/decisions?issuer=UBND%20t%E1%BB%89nh&type=amend_tasks");
		List<String> scans = new ArrayList<>();
		for (String uri : uris) {
			for (StatementRecorder.Statement statement : statementsRendering(uri)) {
				if (statement.sql().contains("registry_change")) {
					continue;
				}
				String plan = explain(statement);
				if (uri.equals("/committees?q=xa") && statement.sql().startsWith("SELECT count(*)")) {
					// "xa" is a word of 8 committees in 10 (every commune's place): counting them reads
					// the table (the planner's choice, about 1 ms), while the page itself comes from the index.
					continue;
				}
				if (!plan.contains("Index")) {
					scans.add(uri + ": no index\n" + statement.sql() + "\n" + plan);
				}
				for (String table : List.of("committee", "decision", "seat", "administrative_unit", "working_group")) {
					if (plan.contains("Seq Scan on " + table + " ")) {
						scans.add(uri + ": Seq Scan on " + table + "\n" + statement.sql() + "\n" + plan);
					}
				}
			}
		}
		assertThat(scans).isEmpty();
	}

	/**
	 * The statistics page runs three aggregates over every committee and unit, none per province;
	 * their plans and the time the database took are printed (measured: see BENCHMARKS.md).
	 */
	@Test
	void statisticsAreThreeAggregatesOverTheWholeDataSet() throws Exception {
		List<StatementRecorder.Statement> statements = statementsRendering("/statistics");
		assertThat(statements).hasSizeLessThanOrEqualTo(3);
		for (StatementRecorder.Statement statement : statements) {
			String plan = explain(statement, "EXPLAIN (ANALYZE, BUFFERS) ");
			System.out.println("/statistics statement\n" + statement.sql() + "\n" + plan);
			assertThat(plan).contains("Aggregate").doesNotContain("on seat");
		}
		long committees = count("SELECT count(*) FROM committee c JOIN administrative_unit u ON u.id = c.unit_id "
				+ "WHERE u.level <> 'NATIONAL'");
		assertThat(statistics.on(LocalDate.of(2026, 1, 1), false).provinces().stream().mapToLong(ProvinceCount::total).sum())
			.isEqualTo(committees);
	}

	private String explain(StatementRecorder.Statement statement) throws Exception {
		return explain(statement, "EXPLAIN ");
	}

	/**
	 * Every committee as XLSX: the figures are printed (MockMvc keeps the body it receives, so the
	 * heap figure is that of the whole workbook's bytes plus the streaming writer's 100 rows).
	 */
	@Test
	void theWholeCommitteeListIsTakenAwayAsXlsx() throws Exception {
		get("/export/committees?format=xlsx&level=province");
		System.gc();
		long heapBefore = heapUsed();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		MockHttpServletResponse response = get("/export/committees?format=xlsx");
		long millis = (System.nanoTime() - started) / 1_000_000;
		long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		System.out.printf("XLSX of every committee: %d bytes in %d ms; heap used before %d MB, peak during %d MB%n",
				response.getContentAsByteArray().length, millis, heapBefore >> 20, peak >> 20);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsByteArray().length).isGreaterThan(100_000);
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** The people search's statements on 350,000 seats, their plans and database time printed. */
	@Test
	void thePeopleSearchIsAnsweredFromTheIndexOfSeatWords() throws Exception {
		for (String uri : List.of("/people?q=phan%20van%20mai", "/people?q=giam%20doc%20so", "/people?q=nguyen%20van%20an&page=2")) {
			for (StatementRecorder.Statement statement : statementsRendering(uri)) {
				String plan = explain(statement, "EXPLAIN (ANALYZE, BUFFERS) ");
				System.out.println(uri + " statement\n" + plan);
				assertThat(plan).contains("seat_words_idx");
			}
		}
	}

	private String explain(StatementRecorder.Statement statement, String explainWith) throws Exception {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement explain = connection.prepareStatement(explainWith + statement.sql())) {
			statement.bind(explain);
			StringBuilder plan = new StringBuilder();
			try (ResultSet rows = explain.executeQuery()) {
				while (rows.next()) {
					plan.append(rows.getString(1)).append('\n');
				}
			}
			return plan.toString();
		}
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** Every demo row, as text: equal texts, equal data. */
	private String demoData() {
		StringBuilder all = new StringBuilder();
		for (String table : List.of("committee", "decision", "seat", "working_group", "committee_task", "meeting",
				"committee_former_name")) {
			String key = table.equals("committee") ? "id" : "committee_id";
			all.append(jdbc.sql("SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY t.id)) FROM " + table
					+ " t WHERE t." + key + " >= " + FIRST_DEMO_ID).query(String.class).single()).append('\n');
		}
		all.append(jdbc.sql("""
				SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY t.committee_id))
				FROM committee_source t WHERE t.committee_id >= 1000000000""").query(String.class).single());
		return all.toString();
	}

	/** The seeded committees 1 to 6 and everything of theirs, as text. */
	private String seededCommittees() {
		StringBuilder all = new StringBuilder();
		for (String table : List.of("committee", "decision", "seat", "working_group", "committee_task", "meeting",
				"committee_former_name", "related_document")) {
			String key = table.equals("committee") ? "id" : "committee_id";
			all.append(jdbc.sql("SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY t.id)) FROM " + table
					+ " t WHERE t." + key + " BETWEEN 1 AND 6").query(String.class).single()).append('\n');
		}
		return all.toString();
	}

}
