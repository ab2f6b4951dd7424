package vn.registry.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns of each logged table a reader is shown, in which order, and what kind of value
 * each holds. A column that is not listed (ids, versions, sort keys, derived or technical columns)
 * is never shown: a reader sees labels, never column names. Each label is
 * {@code history.field.<column>} in the messages (or {@code history.field.<label>} for a column
 * written {@code column:label}).
 */
final class HistoryFields {

	enum Kind {

		TEXT, NUMBER, DATE, BOOLEAN, DECISION, ROLE, COMMITTEE_STATUS, DECISION_TYPE

	}

	record Field(String column, Kind kind, String labelKey) {
	}

	private static final Map<String, List<Field>> TABLES = new LinkedHashMap<>();

	static {
		table("committee", "name", Kind.TEXT, "status", Kind.COMMITTEE_STATUS, "ended_on", Kind.DATE,
				"standing_agency", Kind.TEXT, "declared_member_count", Kind.NUMBER, "unlisted_member_count", Kind.NUMBER,
				"unlisted_member_note", Kind.TEXT, "functions", Kind.TEXT, "working_rules", Kind.TEXT, "seals", Kind.TEXT,
				"part_time_work", Kind.TEXT, "funding", Kind.TEXT, "meeting_cadence", Kind.TEXT);
		table("seat", "role_id", Kind.ROLE, "full_name", Kind.TEXT, "position", Kind.TEXT, "agency", Kind.TEXT,
				"start_on", Kind.DATE, "end_on", Kind.DATE, "appointed_by_decision_id", Kind.DECISION,
				"ended_by_decision_id", Kind.DECISION);
		table("decision", "type", Kind.DECISION_TYPE, "number_symbol", Kind.TEXT, "stated_number", Kind.TEXT,
				"signed_on", Kind.DATE, "signed_year_inferred", Kind.BOOLEAN, "effective_on", Kind.DATE, "issuer",
				Kind.TEXT, "signer", Kind.TEXT, "summary", Kind.TEXT, "source_note", Kind.TEXT, "pdf_name", Kind.TEXT,
				"confirmed_warnings", Kind.TEXT, "annul_reason", Kind.TEXT);
		table("committee_task", "position:taskPosition", Kind.NUMBER, "text", Kind.TEXT);
		table("committee_former_name", "name", Kind.TEXT, "replaced_by_decision_id", Kind.DECISION);
		table("working_group", "name", Kind.TEXT, "host_agency", Kind.TEXT, "declared_member_count", Kind.NUMBER,
				"tasks", Kind.TEXT, "establishing_decision_id", Kind.DECISION, "ended_on", Kind.DATE,
				"ended_by_decision_id", Kind.DECISION);
		table("committee_succession", "effective_on:successionFrom", Kind.DATE, "decision_id:successionDecision",
				Kind.DECISION);
		table("meeting", "held_on", Kind.DATE, "ordinal", Kind.NUMBER, "title", Kind.TEXT, "chaired_by", Kind.TEXT,
				"summary", Kind.TEXT, "agenda", Kind.TEXT, "conclusions", Kind.TEXT, "conclusion_number", Kind.TEXT,
				"conclusion_signed_on", Kind.DATE, "source_note", Kind.TEXT);
		table("meeting_attendance", "full_name", Kind.TEXT, "present", Kind.BOOLEAN);
		table("assigned_task", "text", Kind.TEXT, "lead_agency", Kind.TEXT, "coordinating_agencies", Kind.TEXT,
				"deadline_text", Kind.TEXT, "deadline_on", Kind.DATE, "completed_on", Kind.DATE);
		table("task_progress", "reported_on", Kind.DATE, "note", Kind.TEXT);
	}

	private HistoryFields() {
	}

	private static void table(String name, Object... columnsAndKinds) {
		List<Field> fields = new ArrayList<>();
		for (int i = 0; i < columnsAndKinds.length; i += 2) {
			// "column:label" where one column name means different things in two tables.
			String[] column = ((String) columnsAndKinds[i]).split(":");
			fields.add(new Field(column[0], (Kind) columnsAndKinds[i + 1],
					"history.field." + column[column.length - 1]));
		}
		TABLES.put(name, List.copyOf(fields));
	}

	/** The columns shown for a table; none for a table the history does not tell. */
	static List<Field> of(String table) {
		return TABLES.getOrDefault(table, List.of());
	}

	static boolean tells(String table) {
		return TABLES.containsKey(table);
	}

}
