package vn.registry.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements a demo load runs besides its COPYs, all in the load's transaction. Demo rows are
 * those of the committees with ids from {@link DemoIds#FIRST} on, and what hangs off them.
 */
final class DemoSchema {

	/** Tables the demo data set writes to. */
	static final List<String> TABLES = List.of("committee", "committee_source", "meeting", "decision",
			"committee_former_name", "committee_task", "related_document", "working_group", "seat", "committee_succession",
			"source");

	private static final long LOCK_KEY = 0x5EED_DE30L;

	private final JdbcClient jdbc;

	DemoSchema(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Two loads at once would wait for each other rather than interleave. */
	void lock() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(row -> {
		});
	}

	/**
	 * The change log records who changed what, row by row; demo rows are no one's change, and logging
	 * half a million of them would bury the real history. Its triggers are switched off inside this
	 * transaction only: the tables stay locked until it ends, so no other write goes unlogged.
	 */
	List<String> disableAuditTriggers() {
		List<String> triggers = jdbc.sql("""
				SELECT quote_ident(c.relname) || ' ' || quote_ident(t.tgname)
				FROM pg_trigger t
				JOIN pg_class c ON c.oid = t.tgrelid
				JOIN pg_proc p ON p.oid = t.tgfoid
				WHERE p.proname = 'record_change' AND NOT t.tgisinternal AND c.relname IN (:tables)
				  AND c.relnamespace = current_schema()::regnamespace
				ORDER BY 1""").param("tables", TABLES).query(String.class).list();
		triggers.forEach(trigger -> alterTrigger(trigger, "DISABLE"));
		return triggers;
	}

	void enableTriggers(List<String> triggers) {
		triggers.forEach(trigger -> alterTrigger(trigger, "ENABLE"));
	}

	private void alterTrigger(String tableAndTrigger, String action) {
		String[] parts = tableAndTrigger.split(" ", 2);
		jdbc.sql("ALTER TABLE " + parts[0] + " " + action + " TRIGGER " + parts[1]).update();
	}

	void deleteDemoRows() {
		jdbc.sql("DELETE FROM committee_succession WHERE committee_id >= :first OR successor_id >= :first")
			.param("first", DemoIds.FIRST)
			.update();
		for (String table : List.of("seat", "working_group", "committee_former_name", "committee_task",
				"related_document", "committee_source", "decision", "meeting")) {
			jdbc.sql("DELETE FROM " + table + " WHERE committee_id >= :first").param("first", DemoIds.FIRST).update();
		}
		jdbc.sql("DELETE FROM committee WHERE id >= :first").param("first", DemoIds.FIRST).update();
	}

	void upsertSource(String title) {
		jdbc.sql("""
				INSERT INTO source (id, title, publisher) VALUES (:id, :title, :publisher)
				ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, publisher = EXCLUDED.publisher,
				    author = NULL, url = NULL, published = NULL, seed_file = NULL""")
			.param("id", DemoIds.source())
			.param("title", title)
			.param("publisher", "Sinh tự động để thử tải ở quy mô toàn quốc; không phải số liệu thật")
			.update();
	}

	Map<String, Long> roleIds() {
		Map<String, Long> roles = new HashMap<>();
		jdbc.sql("SELECT code, id FROM role").query(row -> {
			roles.put(row.getString(1), row.getLong(2));
		});
		return roles;
	}

	/** The unit of each real committee, with the committee's id (the oldest where a unit has several). */
	Map<Long, Long> realCommitteesByUnit() {
		Map<Long, Long> committees = new HashMap<>();
		jdbc.sql("SELECT unit_id, min(id) FROM committee WHERE id < :first GROUP BY unit_id")
			.param("first", DemoIds.FIRST)
			.query(row -> {
				committees.put(row.getLong(1), row.getLong(2));
			});
		return committees;
	}

	Long nationalCommittee() {
		return jdbc.sql("""
				SELECT min(c.id) FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
				WHERE u.level = 'NATIONAL' AND c.id < :first""")
			.param("first", DemoIds.FIRST)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** The reform's lineage between units of one level (a 2024 province to a 2025 province, commune to commune). */
	Map<Long, List<Long>> predecessorsOfTheSameLevel() {
		Map<Long, List<Long>> predecessors = new HashMap<>();
		jdbc.sql("""
				SELECT s.successor_id, s.predecessor_id FROM unit_succession s
				JOIN administrative_unit o ON o.id = s.predecessor_id
				JOIN administrative_unit n ON n.id = s.successor_id
				WHERE o.level = n.level
				ORDER BY s.successor_id, s.predecessor_id""").query(row -> {
			predecessors.computeIfAbsent(row.getLong(1), successor -> new ArrayList<>()).add(row.getLong(2));
		});
		return predecessors;
	}

	void usedDecisionNumbers(BiConsumer<String, String> issuerAndNumber) {
		jdbc.sql("SELECT issuer, number_symbol FROM decision WHERE issuer IS NOT NULL AND number_symbol IS NOT NULL")
			.query(row -> {
				issuerAndNumber.accept(row.getString(1), row.getString(2));
			});
	}

	/** Fresh statistics, so that the planner sees the national data set at once. */
	static void vacuumAnalyze(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("VACUUM (ANALYZE) " + String.join(", ", TABLES) + ", administrative_unit, role");
		}
	}

}
