package vn.registry.demo;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What real committees say about demo ones, which a reload would otherwise lose with the demo rows:
 * a demo committee as a real one's parent, and a demo committee recorded (by a clerk) as the
 * successor of a real one it replaced. Taken off before the demo rows are removed, and put back
 * after the load where both committees (and the decision, if one was named) exist again.
 */
final class RealCommitteeLinks {

	private record Succession(long id, long committeeId, long successorId, Long decisionId, LocalDate effectiveOn) {
	}

	private final JdbcClient jdbc;

	private final Map<Long, Long> parents = new LinkedHashMap<>();

	private final List<Succession> successions = new ArrayList<>();

	private RealCommitteeLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static RealCommitteeLinks detach(JdbcClient jdbc) {
		RealCommitteeLinks links = new RealCommitteeLinks(jdbc);
		jdbc.sql("SELECT id, parent_id FROM committee WHERE id < :first AND parent_id >= :first ORDER BY id")
			.param("first", DemoIds.FIRST)
			.query(row -> {
				links.parents.put(row.getLong(1), row.getLong(2));
			});
		jdbc.sql("UPDATE committee SET parent_id = NULL WHERE id < :first AND parent_id >= :first")
			.param("first", DemoIds.FIRST)
			.update();
		links.successions.addAll(jdbc.sql("""
				SELECT id, committee_id, successor_id, decision_id, effective_on FROM committee_succession
				WHERE committee_id < :first AND successor_id >= :first ORDER BY id""")
			.param("first", DemoIds.FIRST)
			.query(Succession.class)
			.list());
		return links;
	}

	void restore() {
		parents.forEach((id, parent) -> jdbc.sql("""
				UPDATE committee SET parent_id = :parent
				WHERE id = :id AND EXISTS (SELECT 1 FROM committee p WHERE p.id = :parent)""")
			.param("id", id)
			.param("parent", parent)
			.update());
		for (Succession succession : successions) {
			jdbc.sql("""
					INSERT INTO committee_succession (id, committee_id, successor_id, decision_id, effective_on)
					SELECT :id, :committee, :successor, :decision, :effective
					WHERE EXISTS (SELECT 1 FROM committee c WHERE c.id = :successor)
					  AND (CAST(:decision AS bigint) IS NULL OR EXISTS (SELECT 1 FROM decision d WHERE d.id = :decision))""")
				.param("id", succession.id())
				.param("committee", succession.committeeId())
				.param("successor", succession.successorId())
				.param("decision", succession.decisionId(), Types.BIGINT)
				.param("effective", succession.effectiveOn())
				.update();
		}
	}

}
