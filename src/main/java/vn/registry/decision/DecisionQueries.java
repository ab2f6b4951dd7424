package vn.registry.decision;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import vn.registry.committee.DecisionChanges;
import vn.registry.roster.SeatView;
import vn.registry.system.VietnamTime;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of decisions. */
@Component
public class DecisionQueries {

	private static final String SELECT = """
			SELECT d.id, d.type, d.number_symbol, d.stated_number, d.signed_on, d.signed_year_inferred,
			       m.held_on AS adopted_on, d.issuer, d.signer, d.summary, d.effective_on, d.source_id,
			       d.committee_id, c.name AS committee_name, d.source_note
			FROM decision d
			JOIN committee c ON c.id = d.committee_id
			LEFT JOIN meeting m ON m.id = d.adopted_at_meeting_id
			""";

	/**
	 * Newest first: by the date signed or else that of the meeting that adopted the decision.
	 * decision.known_on is that date, coalesce(d.signed_on, m.held_on), kept by triggers and indexed.
	 */
	private static final String ORDER = "ORDER BY d.known_on DESC NULLS LAST, d.id DESC\n";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DecisionQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The list's conditions; the export of the list asks for the same. */
	static String where(DecisionFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("d.annulled_at IS NULL");
		if (filter.typeValue() != null) {
			conditions.add("d.type = :type");
			params.put("type", filter.typeValue().name());
		}
		if (filter.year() != null && !filter.yearInRange()) {
			conditions.add("false");
		}
		else if (filter.year() != null) {
			conditions.add("d.known_on >= make_date(:year, 1, 1) AND d.known_on < make_date(:year + 1, 1, 1)");
			params.put("year", filter.year());
		}
		if (filter.issuerValue() != null) {
			conditions.add("registry_fold(d.issuer) LIKE registry_contains_pattern(:issuer)");
			params.put("issuer", filter.issuerValue());
		}
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + "\n";
	}

	/** Every decision the filter finds, newest first, as a table to take away. */
	public static String exportSql(DecisionFilter filter, Map<String, Object> params) {
		return """
				SELECT d.id, coalesce(d.number_symbol, d.stated_number) AS number_symbol, 'decision.type.' || d.type AS type_key,
				       d.known_on AS signed_on, d.issuer, d.signer, d.summary, d.effective_on, c.name AS committee_name
				FROM decision d JOIN committee c ON c.id = d.committee_id
				""" + where(filter, params) + ORDER;
	}

	Page<DecisionSummary> list(DecisionFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		List<DecisionSummary> rows = jdbc.sql(SELECT + where + ORDER + "LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", DecisionFilter.PAGE_SIZE)
			.param("offset", filter.offset())
			.query(DecisionSummary.class)
			.list();
		PageRequest pageRequest = PageRequest.of(filter.pageNumber() - 1, DecisionFilter.PAGE_SIZE);
		if (filter.offset() == 0 && rows.size() < DecisionFilter.PAGE_SIZE) {
			return new PageImpl<>(rows, pageRequest, rows.size());
		}
		long total = jdbc.sql("SELECT count(*) FROM decision d " + where)
			.params(params)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageRequest, total);
	}

	/** The newest decisions, for the home page. */
	public List<DecisionSummary> latest(int count) {
		return jdbc.sql(SELECT + "WHERE d.annulled_at IS NULL\n" + ORDER + "LIMIT :count").param("count", count).query(DecisionSummary.class).list();
	}

	public Optional<DecisionSummary> find(long id) {
		return jdbc.sql(SELECT + "WHERE d.id = :id").param("id", id).query(DecisionSummary.class).optional();
	}

	private static final DataClassRowMapper<DecisionSummary> SUMMARY = new DataClassRowMapper<>(DecisionSummary.class);

	private static final DataClassRowMapper<DecisionRecord> RECORD = new DataClassRowMapper<>(DecisionRecord.class);

	/** The decision and what was recorded with it, in the one statement of the decision page. */
	public Optional<Entry> entry(long id) {
		return jdbc.sql(SELECT.replace("\nFROM decision d", """
				, d.pdf_name, d.pdf_size, d.changes, d.created_by, d.created_at, d.confirmed_warnings,
				       d.annulled_at, d.annulled_by, d.annul_reason, d.version
				FROM decision d""") + "WHERE d.id = :id")
			.param("id", id)
			.query((rs, row) -> new Entry(SUMMARY.mapRow(rs, row), RECORD.mapRow(rs, row)))
			.optional();
	}

	/** A decision as lists show it, with its record (PDF, changes, who entered it, annulment). */
	public record Entry(DecisionSummary decision, DecisionRecord record) {
	}

	/** The seats a decision appointed, in roster order, each naming the decision as the committee page does. */
	List<SeatView> seatsAppointedBy(long decisionId) {
		return jdbc.sql("""
				SELECT s.id, r.code AS role_code, r.name AS role_name, r.name_en AS role_name_en, r.rank AS role_rank,
				       s.full_name, s.position, s.agency, s.start_on, s.end_on, s.source_id,
				       s.appointed_by_decision_id AS decision_id,
				       coalesce(d.number_symbol, d.stated_number) AS decision_number
				FROM seat s JOIN role r ON r.id = s.role_id
				JOIN decision d ON d.id = s.appointed_by_decision_id
				WHERE s.appointed_by_decision_id = :id
				ORDER BY s.working_group_id NULLS FIRST, r.rank, s.sort_order, s.id""")
			.param("id", decisionId)
			.query(SeatView.class)
			.list();
	}

	/** What was recorded with a decision entered through the forms: its PDF and what it changed. */
	public Optional<DecisionRecord> record(long id) {
		return jdbc.sql("""
				SELECT pdf_name, pdf_size, changes, created_by, created_at, confirmed_warnings, annulled_at, annulled_by,
				       annul_reason, version
				FROM decision WHERE id = :id""")
			.param("id", id)
			.query(DecisionRecord.class)
			.optional();
	}

	public record DecisionRecord(String pdfName, Long pdfSize, String changes, String createdBy,
			java.time.OffsetDateTime createdAt, String confirmedWarnings, java.time.OffsetDateTime annulledAt,
			String annulledBy, String annulReason, long version) {

		/** When it was annulled, on the clock in Vietnam. */
		public java.time.LocalDateTime annulledInVietnam() {
			return annulledAt == null ? null
					: annulledAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime();
		}

		/** When it was entered, as the clerk's clock in Vietnam read. */
		public LocalDateTime enteredAt() {
			return VietnamTime.local(createdAt);
		}

		/** Entered by mistake and annulled: shown to logged-in users only, marked. */
		public boolean annulled() {
			return annulledAt != null;
		}
	}

	/** What a decision entered through the forms changed; none for seeded history. */
	public DecisionChanges changes(long id) {
		return changes(record(id).orElse(null));
	}

	/** What the recorded decision changed; none for seeded history (no record, or no changes in it). */
	public DecisionChanges changes(DecisionRecord record) {
		return record == null || record.changes() == null ? DecisionChanges.none()
				: json.readValue(record.changes(), DecisionChanges.class);
	}

}
