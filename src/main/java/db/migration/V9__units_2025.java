package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the structure in force from 01/07/2025 (34 provinces, 3,321 communes whose parent is their
 * province) from the statistics office's letters shipped in {@code data/admin-units/units-2025.csv},
 * ends the 2024 structure on 30/06/2025, and records the reform's lineage from {@code reform-2025.csv}.
 * A province that the reform kept exactly as it was (one predecessor, same code and name, no other
 * province merged into it) stays one unit across both periods: its committee was not reorganised.
 */
public class V9__units_2025 extends BaseJavaMigration {

	static final String UNITS = "/data/admin-units/units-2025.csv";

	static final String REFORM = "/data/admin-units/reform-2025.csv";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		List<String[]> units = read(UNITS);
		List<String[]> reform = read(REFORM);
		Set<String> kept = keptProvinces(units, reform, connection);
		try (Statement statement = connection.createStatement()) {
			statement.execute("UPDATE administrative_unit SET valid_to = DATE '2025-06-30' WHERE level <> 'NATIONAL'"
					+ (kept.isEmpty() ? "" : " AND NOT (level = 'PROVINCE' AND code IN (" + quoted(kept) + "))"));
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO administrative_unit (code, name, full_name, level, parent_id, valid_from)
				VALUES (?, ?, ?, ?, (SELECT id FROM administrative_unit WHERE code = ? AND valid_to IS NULL), DATE '2025-07-01')""")) {
			for (String level : List.of("province", "commune")) {
				for (String[] row : units) {
					if (row[3].equals(level) && !(level.equals("province") && kept.contains(row[0]))) {
						insert.setString(1, row[0]);
						insert.setString(2, row[1]);
						insert.setString(3, row[2]);
						insert.setString(4, level.toUpperCase(Locale.ROOT));
						insert.setString(5, row[4].isEmpty() ? "VN" : row[4]);
						insert.addBatch();
					}
				}
				insert.executeBatch();
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					UPDATE administrative_unit SET province_id = CASE WHEN level = 'PROVINCE' THEN id ELSE parent_id END
					WHERE valid_from = DATE '2025-07-01'""");
		}
		insertLineage(connection, reform, kept);
		fillCurrentProvince(connection);
	}

	/** Provinces of 2024 with a single successor of the same code and name that nothing else merged into. */
	private static Set<String> keptProvinces(List<String[]> units, List<String[]> reform, Connection connection)
			throws SQLException {
		Map<String, String> newNames = new HashMap<>();
		units.stream().filter(row -> row[3].equals("province")).forEach(row -> newNames.put(row[0], row[2]));
		Map<String, Integer> intoNew = new HashMap<>();
		reform.stream().filter(row -> row[1].equals("province")).forEach(row -> intoNew.merge(row[2], 1, Integer::sum));
		Map<String, String> oldNames = new HashMap<>();
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT code, full_name FROM administrative_unit WHERE level = 'PROVINCE'")) {
			while (rs.next()) {
				oldNames.put(rs.getString(1), rs.getString(2));
			}
		}
		Set<String> kept = new TreeSet<>();
		for (String[] row : reform) {
			if (row[1].equals("province") && row[0].equals(row[2]) && intoNew.get(row[2]) == 1
					&& oldNames.getOrDefault(row[0], "").equals(newNames.get(row[2]))) {
				kept.add(row[0]);
			}
		}
		return kept;
	}

	private static void insertLineage(Connection connection, List<String[]> reform, Set<String> kept)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO unit_succession (predecessor_id, successor_id, part_only, basis)
				SELECT o.id, n.id, ?, ? FROM administrative_unit o, administrative_unit n
				WHERE o.code = ? AND o.level = ? AND o.valid_to = DATE '2025-06-30'
				  AND n.code = ? AND n.level = ? AND n.valid_to IS NULL
				ON CONFLICT DO NOTHING""")) {
			for (String[] row : reform) {
				if (row[1].equals("province") && kept.contains(row[0])) {
					continue; // the same unit before and after
				}
				switch (row[4]) {
					case "yes" -> insert.setBoolean(1, true);
					case "no" -> insert.setBoolean(1, false);
					default -> insert.setNull(1, java.sql.Types.BOOLEAN);
				}
				insert.setString(2, row[5]);
				insert.setString(3, row[0]);
				insert.setString(4, row[1].toUpperCase(Locale.ROOT));
				insert.setString(5, row[2]);
				insert.setString(6, row[3].toUpperCase(Locale.ROOT));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** Today's province of every unit: its own for current units, its successors' for the others. */
	private static void fillCurrentProvince(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("UPDATE administrative_unit SET current_province_id = province_id WHERE valid_to IS NULL");
			statement.execute("""
					UPDATE administrative_unit o SET current_province_id = (
					    SELECT n.province_id FROM unit_succession s JOIN administrative_unit n ON n.id = s.successor_id
					    WHERE s.predecessor_id = o.id ORDER BY s.part_only NULLS LAST, n.id LIMIT 1)
					WHERE o.valid_to IS NOT NULL""");
			// A 2024 unit whose own lineage is unknown lies where its province went.
			statement.execute("""
					UPDATE administrative_unit o SET current_province_id = p.current_province_id
					FROM administrative_unit p WHERE p.id = o.province_id AND o.current_province_id IS NULL""");
		}
	}

	private static String quoted(Set<String> codes) {
		return String.join(",", codes.stream().map(code -> "'" + code.replace("'", "") + "'").toList());
	}

	/** A CSV with a header line; a field may be quoted (the basis column has commas). */
	static List<String[]> read(String resource) throws IOException {
		try (InputStream in = V9__units_2025.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String[]> rows = new ArrayList<>();
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					rows.add(split(line));
				}
			}
			return rows;
		}
	}

	private static String[] split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields.toArray(String[]::new);
	}

}
