package vn.registry.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The units of {@code units-2024.csv} and {@code units-2025.csv}, by their line in the files, joined
 * to their rows in the database. A code means a unit only within a period (52 was Bình Định and is
 * Gia Lai), so each file is matched to the units valid on a day of its own structure.
 */
final class UnitsFile {

	static final String UNITS_2024 = "data/admin-units/units-2024.csv";

	static final String UNITS_2025 = "data/admin-units/units-2025.csv";

	/** The 2024 structure's last day, and the 2025 one's first. */
	static final LocalDate LAST_DAY_2024 = LocalDate.of(2025, 6, 30);

	static final LocalDate FIRST_DAY_2025 = LocalDate.of(2025, 7, 1);

	private record UnitRow(long id, String code, String name, String fullName, String level, Long parentId,
			Long provinceId, LocalDate validFrom, LocalDate validTo) {
	}

	private UnitsFile() {
	}

	/** The 2024 structure, lines from 1. */
	static List<DemoUnit> of2024(JdbcClient jdbc) throws IOException {
		return read(jdbc, UNITS_2024, LAST_DAY_2024, 0);
	}

	/** The 2025 structure, its lines counted on after the {@code linesBefore} lines of the 2024 file. */
	static List<DemoUnit> of2025(JdbcClient jdbc, int linesBefore) throws IOException {
		return read(jdbc, UNITS_2025, FIRST_DAY_2025, linesBefore);
	}

	private static List<DemoUnit> read(JdbcClient jdbc, String resource, LocalDate on, int linesBefore)
			throws IOException {
		Map<String, UnitRow> byCode = jdbc.sql("""
				SELECT id, code, name, full_name, level, parent_id, province_id, valid_from, valid_to
				FROM administrative_unit
				WHERE (valid_from IS NULL OR valid_from <= :on) AND (valid_to IS NULL OR valid_to >= :on)""")
			.param("on", on)
			.query(UnitRow.class)
			.list()
			.stream()
			.collect(Collectors.toMap(UnitRow::code, Function.identity()));
		List<DemoUnit> units = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine(); // code,name,full_name,level,parent_code
			int line = linesBefore;
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				if (text.isBlank()) {
					continue;
				}
				line++;
				String code = text.substring(0, text.indexOf(','));
				UnitRow row = byCode.get(code);
				if (row == null) {
					throw new IllegalStateException("Unit " + code + " of " + resource + " is not in the database");
				}
				units.add(new DemoUnit(line, row.id(), code, row.name(), row.fullName(), row.level(), row.parentId(),
						row.provinceId(), DemoUnit.kindOf(row.fullName(), row.level()), row.validFrom(), row.validTo()));
			}
		}
		return units;
	}

}
