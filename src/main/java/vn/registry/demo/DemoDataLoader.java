package vn.registry.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Loads the national demo data set: a steering committee for every province, district and commune
 * of {@code units-2024.csv} and every province and commune the 2025 reform created
 * ({@code units-2025.csv}) that has no real committee yet, with rosters, working groups, decisions
 * and history; about half of the committees of 2025 replace those of their predecessor units
 * ({@link Reform}). Deterministic (a fixed seed; fixed ids from {@link DemoIds#FIRST} on) and idempotent:
 * a load first removes the previous demo rows, all in one transaction. Real committees (ids below
 * {@link DemoIds#FIRST}) are left as they are. Every demo row cites the source "Dữ liệu minh họa".
 */
@Component
public class DemoDataLoader {

	/** The seed every committee's random choices derive from, with its unit's code. */
	static final long SEED = 20_241_101L;

	static final String SOURCE_TITLE = "Dữ liệu minh họa";

	private final DataSource dataSource;

	DemoDataLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** What a load wrote: rows per table. */
	public record Result(Map<String, Integer> rows, int skippedUnits, long millis) {

		public int committees() {
			return rows.get("committee");
		}

	}

	public Result load() throws SQLException, IOException {
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			Written written;
			try {
				written = load(connection, JdbcClient.create(new SingleConnectionDataSource(connection, true)));
				connection.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
			DemoSchema.vacuumAnalyze(connection);
			return new Result(written.rows(), written.skippedUnits(), (System.nanoTime() - started) / 1_000_000);
		}
	}

	private record Written(Map<String, Integer> rows, int skippedUnits) {
	}

	private Written load(Connection connection, JdbcClient jdbc) throws SQLException, IOException {
		DemoSchema schema = new DemoSchema(jdbc);
		schema.lock();
		List<String> auditTriggers = schema.disableAuditTriggers();
		RealCommitteeLinks links = RealCommitteeLinks.detach(jdbc);
		schema.deleteDemoRows();
		schema.upsertSource(SOURCE_TITLE);

		Map<String, Long> roles = schema.roleIds();
		Map<Long, Long> committeeOfUnit = schema.realCommitteesByUnit();
		DecisionNumbers numbers = new DecisionNumbers();
		schema.usedDecisionNumbers(numbers::reserve);
		List<DemoUnit> before = inCommitteeOrder(UnitsFile.of2024(jdbc));
		// Units the reform created; a province it kept as it was is one unit, whose committee goes on.
		List<DemoUnit> created = inCommitteeOrder(
				UnitsFile.of2025(jdbc, before.size()).stream().filter(DemoUnit::fromReform).toList());
		Reform reform = reform(schema, before, created, committeeOfUnit.keySet());

		DemoDataSet data = new DemoDataSet();
		CommitteeGenerator generator = new CommitteeGenerator(data, numbers, roles, DemoIds.source(), reform);
		Long national = schema.nationalCommittee();
		int skipped = 0;
		for (DemoUnit unit : concat(before, created)) {
			if (committeeOfUnit.containsKey(unit.id())) {
				skipped++;
				continue;
			}
			DemoIds ids = new DemoIds(unit.line());
			Long parent = unit.level().equals("PROVINCE") ? national : committeeOfUnit.get(unit.parentId());
			generator.generate(unit, ids.committee(), parent, ids, random(unit));
			committeeOfUnit.put(unit.id(), ids.committee());
		}

		Map<String, Integer> rows = new LinkedHashMap<>();
		for (CopyTable table : data.inCopyOrder()) {
			table.copyInto(connection);
			rows.put(table.name(), table.size());
		}
		links.restore();
		schema.enableTriggers(auditTriggers);
		return new Written(rows, skipped);
	}

	/** The reform's choices for the committees to be made up: real committees are neither made up nor replaced. */
	private static Reform reform(DemoSchema schema, List<DemoUnit> before, List<DemoUnit> created,
			Set<Long> unitsWithRealCommittees) {
		List<DemoUnit> founded = created.stream().filter(unit -> !unitsWithRealCommittees.contains(unit.id())).toList();
		Set<Long> replaceable = before.stream()
			.map(DemoUnit::id)
			.filter(unit -> !unitsWithRealCommittees.contains(unit))
			.collect(Collectors.toSet());
		return new Reform(founded, replaceable, schema.predecessorsOfTheSameLevel());
	}

	/** A unit's random choices; a code of 2025 reused from 2024 ("00004") starts another sequence. */
	static SplittableRandom random(DemoUnit unit) {
		long seed = SEED ^ (Long.parseLong(unit.code()) * 0x9E37_79B9_7F4A_7C15L);
		return new SplittableRandom(unit.fromReform() ? Long.rotateLeft(seed, 17) : seed);
	}

	/** Provinces before districts before communes (a committee's parent is made first), then in file order. */
	private static List<DemoUnit> inCommitteeOrder(List<DemoUnit> units) {
		List<DemoUnit> sorted = new ArrayList<>(units);
		sorted.sort(Comparator.comparingInt((DemoUnit unit) -> levelRank(unit.level())).thenComparingInt(DemoUnit::line));
		return sorted;
	}

	private static List<DemoUnit> concat(List<DemoUnit> first, List<DemoUnit> second) {
		List<DemoUnit> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static int levelRank(String level) {
		return switch (level) {
			case "PROVINCE" -> 1;
			case "DISTRICT" -> 2;
			default -> 3;
		};
	}

}
