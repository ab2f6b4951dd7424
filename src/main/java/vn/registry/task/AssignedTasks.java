package vn.registry.task;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one assigned task, whether a meeting's conclusions or a decision assigned it: the one
 * INSERT both entry forms share. The caller's transaction and change-log user apply.
 */
@Component
public class AssignedTasks {

	private final JdbcClient jdbc;

	private final Clock clock;

	AssignedTasks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What a task says, as typed; blank agencies are kept as unknown (NULL). */
	public record Particulars(String text, String leadAgency, String coordinatingAgencies, Deadline deadline) {
	}

	/** Exactly one of {@code meetingId} and {@code decisionId} is usually set; the table requires one. */
	public void insert(long committeeId, Long meetingId, Long decisionId, int position, Particulars task, String user) {
		Deadline deadline = task.deadline();
		jdbc.sql("""
				INSERT INTO assigned_task (committee_id, meeting_id, decision_id, position, text, lead_agency,
				                           coordinating_agencies, deadline_text, deadline_on, deadline_inferred, recurrence,
				                           status, created_at, created_by)
				VALUES (:committee, :meeting, :decision, :position, :text, :lead, :coordinating, :deadlineText, :deadlineOn,
				        :inferred, :recurrence, 'NOT_STARTED', :now, :user)""")
			.param("committee", committeeId).param("meeting", meetingId).param("decision", decisionId)
			.param("position", position).param("text", task.text().strip())
			.param("lead", blankToNull(task.leadAgency()))
			.param("coordinating", blankToNull(task.coordinatingAgencies()))
			.param("deadlineText", deadline.text()).param("deadlineOn", deadline.on())
			.param("inferred", deadline.inferred())
			.param("recurrence", deadline.recurrence() == null ? null : deadline.recurrence().name())
			.param("now", OffsetDateTime.now(clock)).param("user", user).update();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
