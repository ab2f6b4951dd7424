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

import vn.registry.decision.DecisionNumber;
import vn.registry.demo.DemoDataLoader;
import vn.registry.statistics.ProvinceCount;
import vn.registry.statistics.StatisticsQueries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national demo data set: one committee per province, district and commune of both structures,
 * realistic rosters and history, the 2025 reform's committees (most by Party committees, about half
 * replacing their predecessors'), marked as demo data, loaded twice to the same rows; and the pages
 * on it: as few statements as on the seeded data set, every search and filter answered from an index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "registry.test.data-set=national")
class NationalDataSetTest extends ScaleTestSupport {

	private static final long FIRST_DEMO_ID = 1_000_000_000L;

	/** 11,358 units of 2024 (of 11,363: five have a seeded committee), 24 provinces and 3,321 communes of 2025. */
	private static final int DEMO_COMMITTEES = 14_703;

	/** The committees of the units the 2025 reform created, with their establishing decision. */
	private static final String REFORM_COMMITTEES = """
			SELECT c.id, c.unit_id, d.id AS decision_id, d.issuer, d.number_symbol, d.signed_on, d.effective_on
			FROM committee c
			JOIN administrative_unit u ON u.id = c.unit_id AND u.valid_from = DATE '2025-07-01'
			JOIN decision d ON d.committee_id = c.id AND d.type = 'ESTABLISH'""";

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
		assertThat(result.committees()).isEqualTo(DEMO_COMMITTEES);
		small = TestCommittees.create(jdbc, 3);
		large = TestCommittees.create(jdbc, 40);
	}

	@Test
	void everyProvinceDistrictAndCommuneOfBothStructuresHasOneCommittee() {
		assertThat(count("SELECT count(*) FROM administrative_unit WHERE level <> 'NATIONAL'"))
			.isEqualTo(11_363 + 24 + 3_321);
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
				AND NOT EXISTS (SELECT 1 FROM committee_succession cs WHERE cs.decision_id = old.ended_by_decision_id)
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
	void everyUnitTheReformCreatedHasACommitteeEstablishedInTheSecondHalfOf2025() {
		assertThat(count("SELECT count(*) FROM administrative_unit WHERE valid_from = DATE '2025-07-01'"))
			.isEqualTo(24 + 3_321);
		assertThat(count("""
				SELECT count(*) FROM administrative_unit u WHERE u.valid_from = DATE '2025-07-01'
				AND NOT EXISTS (SELECT 1 FROM committee c JOIN decision d ON d.committee_id = c.id AND d.type = 'ESTABLISH'
				                WHERE c.unit_id = u.id AND c.status = 'ACTIVE'
				                  AND d.signed_on BETWEEN DATE '2025-07-01' AND DATE '2025-12-31')""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
				WHERE u.level = 'PROVINCE' AND u.valid_from IS NULL AND u.valid_to IS NULL""")).as("kept provinces")
			.isEqualTo(10);
		assertThat(count("""
				SELECT count(*) FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
				WHERE u.level = 'PROVINCE' AND u.valid_from IS NULL AND u.valid_to IS NULL AND c.status <> 'ACTIVE'"""))
			.as("a kept province's committee goes on").isZero();
	}

	@Test
	void mostCommitteesOf2025AreEstablishedByPartyCommittees() {
		List<Map<String, Object>> establishments = jdbc.sql(REFORM_COMMITTEES).query().listOfRows();
		List<Map<String, Object>> party = establishments.stream()
			.filter(row -> DecisionNumber.parse((String) row.get("number_symbol")).orElseThrow().isParty())
			.toList();
		assertThat(party.size()).isBetween(establishments.size() * 65 / 100, establishments.size() * 75 / 100);
		assertThat(party).allSatisfy(row -> assertThat((String) row.get("issuer"))
			.matches("(Tỉnh ủy|Thành ủy) .+|Đảng ủy (xã|phường|đặc khu) .+"));
		assertThat(party).allSatisfy(row -> assertThat((String) row.get("number_symbol")).matches("[0-9]+-QĐ/(TU|ĐU)"));
		assertThat(count("""
				SELECT count(*) FROM committee c JOIN decision d ON d.committee_id = c.id AND d.type = 'ESTABLISH'
				WHERE c.id >= 1000000000 AND c.name LIKE 'Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo %'
				AND d.number_symbol ~ '^[0-9]+-QĐ/(TU|ĐU)$'""")).isEqualTo(party.size());
	}

	@Test
	void everyDemoNumberHasTheKeyOfTheOneRule() {
		List<Map<String, Object>> numbers = jdbc.sql("""
				SELECT number_symbol, number_key FROM decision WHERE committee_id >= 1000000000""").query().listOfRows();
		assertThat(numbers).hasSizeGreaterThan(30_000);
		assertThat(numbers).allSatisfy(row -> assertThat(row.get("number_key"))
			.isEqualTo(DecisionNumber.parse((String) row.get("number_symbol")).orElseThrow().key()));
	}

	@Test
	void aboutHalfOfTheCommitteesOf2025ReplaceTheirPredecessorsCommittees() {
		long created = count("SELECT count(*) FROM (" + REFORM_COMMITTEES + ") c");
		long replacing = count("SELECT count(DISTINCT successor_id) FROM committee_succession WHERE successor_id >= 1000000000");
		assertThat(replacing).isBetween(created * 40 / 100, created * 55 / 100);
		assertThat(count("""
				SELECT count(*) FROM committee_succession s
				JOIN committee old ON old.id = s.committee_id
				JOIN committee successor ON successor.id = s.successor_id
				JOIN decision d ON d.id = s.decision_id
				WHERE NOT EXISTS (SELECT 1 FROM unit_succession us JOIN administrative_unit o ON o.id = us.predecessor_id
				                  JOIN administrative_unit n ON n.id = us.successor_id
				                  WHERE us.predecessor_id = old.unit_id AND us.successor_id = successor.unit_id
				                    AND o.level = n.level)
				   OR d.committee_id <> successor.id OR d.type <> 'ESTABLISH'""")).as("not a predecessor's").isZero();
		assertThat(count("""
				SELECT count(*) FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
				WHERE c.id >= 1000000000 AND u.valid_to = DATE '2025-06-30' AND c.status = 'ACTIVE'"""))
			.as("committees of reorganised units").isGreaterThan(4_000);
	}

	@Test
	void aReplacedCommitteeEndsWithItsSeatsOnTheSuccessorsEffectiveDate() {
		long replaced = count("SELECT count(*) FROM committee WHERE status = 'REPLACED'");
		assertThat(replaced).isGreaterThan(1_000)
			.isEqualTo(count("SELECT count(DISTINCT committee_id) FROM committee_succession"))
			.isEqualTo(count("SELECT count(*) FROM committee_succession"));
		assertThat(count("""
				SELECT count(*) FROM committee c JOIN committee_succession s ON s.committee_id = c.id
				JOIN decision d ON d.id = s.decision_id
				WHERE c.status <> 'REPLACED' OR c.ended_on IS DISTINCT FROM s.effective_on
				   OR s.effective_on <> d.effective_on""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM seat t JOIN committee c ON c.id = t.committee_id
				WHERE c.status = 'REPLACED' AND t.end_on IS NULL""")).as("serving seats of replaced committees").isZero();
		assertThat(count("""
				SELECT count(*) FROM committee_succession s WHERE NOT EXISTS (
				    SELECT 1 FROM seat t WHERE t.committee_id = s.committee_id AND t.end_on = s.effective_on
				    AND t.ended_by_decision_id = s.decision_id)""")).as("replaced without ending a seat").isZero();
	}

	@Test
	void noDecisionOfAUnitIsDatedAfterItsLastDay() {
		assertThat(count("""
				SELECT count(*) FROM decision d JOIN committee c ON c.id = d.committee_id
				JOIN administrative_unit u ON u.id = c.unit_id
				WHERE c.id >= 1000000000 AND u.valid_to IS NOT NULL AND d.signed_on > u.valid_to""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM decision d JOIN committee c ON c.id = d.committee_id
				JOIN administrative_unit u ON u.id = c.unit_id
				WHERE c.id >= 1000000000 AND u.valid_from IS NOT NULL AND d.signed_on < u.valid_from""")).isZero();
		assertThat(count("SELECT count(*) FROM decision WHERE committee_id >= 1000000000 AND signed_on > DATE '2026-06-30'"))
			.isZero();
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
		// A clerk recorded that the seeded committee of Bình Định (52 until 30/06/2025) was succeeded by
		// the demo committee of Gia Lai (52 from 01/07/2025): the record outlives the reload.
		String succession = """
				SELECT s.id || ' ' || s.effective_on FROM committee_succession s
				JOIN committee c ON c.id = s.committee_id JOIN administrative_unit u ON u.id = c.unit_id
				WHERE u.code = '52' AND u.valid_to = DATE '2025-06-30' AND c.id < 1000000000""";
		jdbc.sql("""
				INSERT INTO committee_succession (committee_id, successor_id, effective_on)
				SELECT old.id, successor.id, DATE '2025-08-01'
				FROM committee old JOIN administrative_unit o ON o.id = old.unit_id AND o.valid_to = DATE '2025-06-30',
				     committee successor JOIN administrative_unit n ON n.id = successor.unit_id
				                         AND n.valid_from = DATE '2025-07-01'
				WHERE o.code = '52' AND n.code = '52' AND old.id < 1000000000""").update();
		String recorded = jdbc.sql(succession).query(String.class).single();
		try {
			assertThat(loader.load().committees()).isEqualTo(DEMO_COMMITTEES);
			assertThat(demoData()).isEqualTo(demoBefore);
			assertThat(seededCommittees()).isEqualTo(seededBefore);
			assertThat(jdbc.sql(succession).query(String.class).list()).containsExactly(recorded);
		}
		finally {
			jdbc.sql("DELETE FROM committee_succession WHERE committee_id < 1000000000").update();
		}
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
				"committee_former_name", "committee_succession")) {
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
