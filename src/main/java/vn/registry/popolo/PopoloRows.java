package vn.registry.popolo;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static vn.registry.popolo.PopoloValues.date;
import static vn.registry.popolo.PopoloValues.id;
import static vn.registry.popolo.PopoloValues.number;
import static vn.registry.popolo.PopoloValues.text;

/** One Popolo item written as the registry's row, with its id. */
@Component
class PopoloRows {

	private final JdbcClient jdbc;

	PopoloRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A source, unless one of its id is there already (the seeded articles are). */
	void source(JsonNode source) {
		jdbc.sql("""
				INSERT INTO source (id, url, title, publisher, published) VALUES (:id, :url, :title, :publisher, :published)
				ON CONFLICT (id) DO NOTHING""")
			.param("id", number(source, "x_id")).param("url", text(source, "x_url"))
			.param("title", text(source, "x_title")).param("publisher", text(source, "x_publisher"))
			.param("published", text(source, "x_published")).update();
	}

	void committee(JsonNode item) {
		long id = id(item, "id");
		jdbc.sql("INSERT INTO committee (id, name, unit_id, status, ended_on) VALUES (:id, :name, :unit, :status, :ended)")
			.param("id", id).param("name", text(item, "name")).param("unit", id(item, "area_id"))
			.param("status", text(item, "x_status")).param("ended", date(item, "dissolution_date")).update();
		for (JsonNode name : item.path("other_names")) {
			jdbc.sql("INSERT INTO committee_former_name (committee_id, name) VALUES (:id, :name)")
				.param("id", id).param("name", text(name, "name")).update();
		}
		for (JsonNode source : item.path("sources")) {
			jdbc.sql("INSERT INTO committee_source (committee_id, source_id) VALUES (:id, :source)")
				.param("id", id).param("source", number(source, "x_id")).update();
		}
	}

	void decision(JsonNode item) {
		JsonNode source = item.path("sources").path(0);
		jdbc.sql("""
				INSERT INTO decision (id, committee_id, type, number_symbol, stated_number, number_key, signed_on,
				                      signed_year_inferred, issuer, signer, summary, effective_on, source_id)
				VALUES (:id, :committee, :type, :number, :stated, :key, :signed, :inferred, :issuer, :signer, :summary,
				        :effective, :source)""")
			.param("id", id(item, "id")).param("committee", id(item, "organization_id"))
			.param("type", text(item, "classification")).param("number", text(item, "x_number_symbol"))
			.param("stated", text(item, "x_stated_number")).param("key", text(item, "x_number_key"))
			.param("signed", date(item, "start_date")).param("inferred", item.path("x_signed_year_inferred").asBoolean())
			.param("issuer", text(item, "x_issuer")).param("signer", text(item, "x_signer"))
			.param("summary", text(item, "description")).param("effective", date(item, "x_effective_on"))
			.param("source", number(source, "x_id")).update();
	}

	void workingGroup(JsonNode item) {
		jdbc.sql("""
				INSERT INTO working_group (id, committee_id, name, host_agency, establishing_decision_id, source_id)
				VALUES (:id, :committee, :name, :host, :decision, :source)""")
			.param("id", id(item, "id")).param("committee", id(item, "parent_id")).param("name", text(item, "name"))
			.param("host", text(item, "x_host_agency")).param("decision", number(item, "x_establishing_decision"))
			.param("source", number(item.path("sources").path(0), "x_id")).update();
	}

	void seat(JsonNode item, java.time.LocalDate start, java.time.LocalDate end) {
		JsonNode source = item.path("sources").path(0);
		jdbc.sql("""
				INSERT INTO seat (id, committee_id, working_group_id, role_id, full_name, position, agency, sort_order,
				                  appointed_by_decision_id, ended_by_decision_id, start_on, end_on, source_id)
				VALUES (:id, :committee, :group, (SELECT id FROM role WHERE code = :role), :name, :position, :agency,
				        :order, :appointed, :ended, :start, :end, :source)""")
			.param("id", id(item, "id")).param("committee", id(item, "organization_id"))
			.param("group", number(item, "x_group")).param("role", text(item, "x_role_code"))
			.param("name", text(item, "x_full_name")).param("position", text(item, "label"))
			.param("agency", text(item, "x_agency")).param("order", number(item, "x_sort_order"))
			.param("appointed", number(item, "x_appointed_by")).param("ended", number(item, "x_ended_by"))
			.param("start", start).param("end", end).param("source", number(source, "x_id")).update();
	}

	/** Rows came with their ids: each identity starts again after the highest. */
	void moveSequencesOn() {
		for (String table : new String[] { "source", "committee", "committee_former_name", "decision", "working_group",
				"seat" }) {
			jdbc.sql("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce((SELECT max(id) FROM " + table
					+ "), 1))").query(Long.class).single();
		}
	}

}
