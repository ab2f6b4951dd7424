package vn.registry.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a meeting's page in one statement (sql/meeting-detail.sql), whatever its attendance and tasks. */
@Repository
class MeetingQueries {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final String detailSql;

	MeetingQueries(JdbcClient jdbc, JsonMapper json, @Value("classpath:sql/meeting-detail.sql") Resource detailSql) {
		this.jdbc = jdbc;
		this.json = json;
		try {
			this.detailSql = detailSql.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<MeetingDetail> detail(long id) {
		return jdbc.sql(detailSql).param("id", id).query(String.class).optional()
			.map(document -> json.readValue(document, MeetingDetail.class));
	}

}
