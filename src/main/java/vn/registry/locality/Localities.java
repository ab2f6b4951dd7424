package vn.registry.locality;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads administrative units for filters and pickers. */
@Component
public class Localities {

	private final JdbcClient jdbc;

	Localities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The provinces, in the statistics office's code order (north to south). */
	public List<UnitRef> provinces() {
		return jdbc.sql("""
				SELECT id, code, name, full_name, level FROM administrative_unit
				WHERE level = 'PROVINCE' ORDER BY code""")
			.query(UnitRef.class)
			.list();
	}

}
