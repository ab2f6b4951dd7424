package vn.registry.committee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The committee page's place in the hierarchy: one statement (sql/committee-hierarchy.sql) beside the page's own. */
@Component
class HierarchyQueries {

	static final int MAX_PAGE = 100_000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final String sql;

	private final Clock clock;

	HierarchyQueries(JdbcClient jdbc, JsonMapper json, @Value("classpath:sql/committee-hierarchy.sql") Resource sql,
			Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		try {
			this.sql = sql.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The hierarchy on {@code on}, today if null. */
	Hierarchy of(long committee, LocalDate on, Integer page) {
		int pageNumber = page == null || page < 1 ? 1 : Math.min(page, MAX_PAGE);
		String document = jdbc.sql(sql)
			.param("id", committee)
			.param("on", on != null ? on : LocalDate.now(clock))
			.param("page", pageNumber)
			.param("limit", Hierarchy.PAGE_SIZE)
			.param("offset", (long) (pageNumber - 1) * Hierarchy.PAGE_SIZE)
			.query(String.class)
			.single();
		return json.readValue(document, Hierarchy.class);
	}

}
