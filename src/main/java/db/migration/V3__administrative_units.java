package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds Vietnam's administrative units as they stood on 01/05/2024 (63 provinces, 705 districts,
 * 10,595 communes) from the statistics office's list shipped in {@code data/admin-units}.
 * Parents are resolved by code, so rows are inserted level by level.
 */
public class V3__administrative_units extends BaseJavaMigration {

	static final String RESOURCE = "/data/admin-units/units-2024.csv";

	private static final String INSERT = """
			INSERT INTO administrative_unit (code, name, full_name, level, parent_id)
			VALUES (?, ?, ?, ?, (SELECT id FROM administrative_unit WHERE code = ?))""";

	@Override
	public void migrate(Context context) throws Exception {
		List<String[]> rows = read();
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("INSERT INTO administrative_unit (code, name, full_name, level) "
					+ "VALUES ('VN', 'Việt Nam', 'Việt Nam', 'NATIONAL')");
		}
		try (PreparedStatement insert = context.getConnection().prepareStatement(INSERT)) {
			for (String level : List.of("province", "district", "commune")) {
				insertLevel(insert, rows, level);
			}
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("UPDATE administrative_unit SET province_id = id WHERE level = 'PROVINCE'");
			statement.execute("UPDATE administrative_unit u SET province_id = p.province_id "
					+ "FROM administrative_unit p WHERE u.parent_id = p.id AND u.level = 'DISTRICT'");
			statement.execute("UPDATE administrative_unit u SET province_id = p.province_id "
					+ "FROM administrative_unit p WHERE u.parent_id = p.id AND u.level = 'COMMUNE'");
		}
	}

	private static void insertLevel(PreparedStatement insert, List<String[]> rows, String level) throws SQLException {
		for (String[] row : rows) {
			if (!row[3].equals(level)) {
				continue;
			}
			insert.setString(1, row[0]);
			insert.setString(2, row[1]);
			insert.setString(3, row[2]);
			insert.setString(4, level.toUpperCase(Locale.ROOT));
			insert.setString(5, row[4].isEmpty() ? "VN" : row[4]);
			insert.addBatch();
		}
		insert.executeBatch();
	}

	private static List<String[]> read() throws IOException {
		try (InputStream in = V3__administrative_units.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String[]> rows = new ArrayList<>();
			reader.readLine(); // header: code,name,full_name,level,parent_code
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					rows.add(line.split(",", -1));
				}
			}
			return rows;
		}
	}

}
