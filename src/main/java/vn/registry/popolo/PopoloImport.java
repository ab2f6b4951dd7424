package vn.registry.popolo;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static vn.registry.popolo.PopoloValues.date;
import static vn.registry.popolo.PopoloValues.id;
import static vn.registry.popolo.PopoloValues.number;
import static vn.registry.popolo.PopoloValues.text;

/**
 * Reads a Popolo document written by {@link PopoloExport} into a registry that has no committee yet,
 * with the same ids, in one transaction: the export of the result is the document read.
 */
@Component
class PopoloImport {

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final PopoloRows rows;

	PopoloImport(JsonMapper json, JdbcClient jdbc, PopoloRows rows) {
		this.json = json;
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@Transactional
	public void read(InputStream in) throws IOException {
		if (jdbc.sql("SELECT count(*) FROM committee").query(Long.class).single() > 0) {
			throw new IllegalStateException("The registry is not empty: a Popolo import needs one with no committee.");
		}
		JsonNode document = json.readTree(in);
		for (JsonNode item : document.path("organizations")) {
			item.path("sources").forEach(rows::source);
		}
		for (JsonNode item : document.path("organizations")) {
			if ("steering committee".equals(text(item, "classification"))) {
				rows.committee(item);
			}
		}
		for (JsonNode item : document.path("organizations")) {
			if ("steering committee".equals(text(item, "classification")) && text(item, "parent_id") != null) {
				jdbc.sql("UPDATE committee SET parent_id = :parent WHERE id = :id")
					.param("parent", id(item, "parent_id")).param("id", id(item, "id")).update();
			}
		}
		for (JsonNode item : document.path("events")) {
			item.path("sources").forEach(rows::source);
			rows.decision(item);
		}
		for (JsonNode item : document.path("organizations")) {
			if ("working group".equals(text(item, "classification"))) {
				rows.workingGroup(item);
			}
		}
		for (JsonNode item : document.path("memberships")) {
			item.path("sources").forEach(source -> {
				if (number(source, "x_id") != null) {
					rows.source(source);
				}
			});
			rows.seat(item, date(item, "start_date"), date(item, "end_date"));
		}
		rows.moveSequencesOn();
	}

}
