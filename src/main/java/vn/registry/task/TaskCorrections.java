package vn.registry.task;

import java.time.LocalDate;
import java.util.Optional;

import vn.registry.system.AuditUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a task into its correction form and writes the correction, unless someone corrected it meanwhile. */
@Service
class TaskCorrections {

	private final JdbcClient jdbc;

	private final AuditUser audit;

	TaskCorrections(JdbcClient jdbc, AuditUser audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Where the task was assigned, and the day it was said (the meeting's, or the decision's signing). */
	record Origin(long id, long committeeId, String committeeName, Long meetingId, Long decisionId, LocalDate said) {

		public String page() {
			return meetingId != null ? "/meetings/" + meetingId + "#task-" + id : "/decisions/" + decisionId;
		}

	}

	Optional<Origin> origin(long id) {
		return jdbc.sql("""
				SELECT t.id, t.committee_id, c.name AS committee_name, t.meeting_id, t.decision_id,
				       coalesce(m.held_on, d.signed_on) AS said
				FROM assigned_task t JOIN committee c ON c.id = t.committee_id
				LEFT JOIN meeting m ON m.id = t.meeting_id LEFT JOIN decision d ON d.id = t.decision_id
				WHERE t.id = :id""")
			.param("id", id).query(Origin.class).optional();
	}

	/** An inferred date is left out: it is read again from the words, so it stays marked inferred. */
	Optional<TaskCorrectionForm> form(long id) {
		return jdbc.sql("""
				SELECT version, text, lead_agency, coordinating_agencies, deadline_text,
				       CASE WHEN deadline_inferred THEN NULL ELSE deadline_on END AS deadline_on
				FROM assigned_task WHERE id = :id""")
			.param("id", id).query(TaskCorrectionForm.class).optional();
	}

	/** False when the task changed since the form was read (its version moved on). */
	@Transactional
	boolean correct(Origin origin, TaskCorrectionForm form, String user) {
		audit.name(user);
		Deadline deadline = Deadline.read(form.getDeadlineText(), form.getDeadlineOn(), origin.said());
		return jdbc.sql("""
				UPDATE assigned_task SET text = :text, lead_agency = :lead, coordinating_agencies = :coordinating,
				       deadline_text = :deadlineText, deadline_on = :deadlineOn, deadline_inferred = :inferred,
				       recurrence = :recurrence, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("text", form.getText().strip()).param("lead", blankToNull(form.getLeadAgency()))
			.param("coordinating", blankToNull(form.getCoordinatingAgencies()))
			.param("deadlineText", deadline.text()).param("deadlineOn", deadline.on())
			.param("inferred", deadline.inferred())
			.param("recurrence", deadline.recurrence() == null ? null : deadline.recurrence().name())
			.param("id", origin.id()).param("version", form.getVersion())
			.update() == 1;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
