package vn.registry.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The units of {@code units-2024.csv}, by their line in the file, joined to their rows in the database. */
final class UnitsFile {

	static final String RESOURCE = "data/admin-units/units-2024.csv";

	private record UnitRow(long id, String code, String name, String fullName, String level, Long parentId,
			Long provinceId) {
	}

	private UnitsFile() {
	}

	static List<DemoUnit> read(JdbcClient jdbc) throws IOException {
		Map<String, UnitRow> byCode = jdbc
			.sql("SELECT id, code, name, full_name, level, parent_id, province_id FROM administrative_unit")
			.query(UnitRow.class)
			.list()
			.stream()
			.collect(Collectors.toMap(UnitRow::code, Function.identity()));
		List<DemoUnit> units = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine(); // code,name,full_name,level,parent_code
			int line = 0;
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				if (text.isBlank()) {
					continue;
				}
				line++;
				String code = text.substring(0, text.indexOf(','));
				UnitRow row = byCode.get(code);
				if (row == null) {
					throw new IllegalStateException("Unit " + code + " of " + RESOURCE + " is not in the database");
				}
				units.add(new DemoUnit(line, row.id(), code, row.name(), row.fullName(), row.level(), row.parentId(),
						row.provinceId(), DemoUnit.kindOf(row.fullName(), row.level())));
			}
		}
		return units;
	}

}
