package vn.registry.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.registry.meeting.TaskRow;
import vn.registry.system.AuditUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tasks a decision assigned: the decision they hang on, the list its page shows, and the writing. */
@Service
public class DecisionTasks {

	private final JdbcClient jdbc;

	private final AssignedTasks assignedTasks;

	private final AuditUser audit;

	DecisionTasks(JdbcClient jdbc, AssignedTasks assignedTasks, AuditUser audit) {
		this.jdbc = jdbc;
		this.assignedTasks = assignedTasks;
		this.audit = audit;
	}

	/** The decision as the form's heading names it; its signing day is when its deadlines were "said". */
	public record DecisionRef(long id, long committeeId, String committeeName, String number, LocalDate signedOn) {
	}

	/** One line of the decision page's list. */
	public record Line(long id, String text, String leadAgency, String deadlineText, LocalDate deadlineOn) {
	}

	Optional<DecisionRef> decision(long id) {
		return jdbc.sql("""
				SELECT d.id, d.committee_id, c.name AS committee_name, coalesce(d.number_symbol, d.stated_number) AS number,
				       d.signed_on
				FROM decision d JOIN committee c ON c.id = d.committee_id WHERE d.id = :id""")
			.param("id", id).query(DecisionRef.class).optional();
	}

	public List<Line> of(long decisionId) {
		return jdbc.sql("""
				SELECT id, text, lead_agency, deadline_text, deadline_on FROM assigned_task
				WHERE decision_id = :id ORDER BY position, id""")
			.param("id", decisionId).query(Line.class).list();
	}

	/** Appends the rows after the tasks already recorded for the decision, in one transaction. */
	@Transactional
	void record(DecisionRef decision, List<TaskRow> tasks, String user) {
		audit.name(user);
		int position = jdbc.sql("SELECT coalesce(max(position), 0) FROM assigned_task WHERE decision_id = :id")
			.param("id", decision.id()).query(Integer.class).single();
		for (TaskRow task : tasks) {
			Deadline deadline = Deadline.read(task.getDeadlineText(), task.getDeadlineOn(), decision.signedOn());
			assignedTasks.insert(decision.committeeId(), null, decision.id(), ++position, new AssignedTasks.Particulars(
					task.getText(), task.getLeadAgency(), task.getCoordinatingAgencies(), deadline), user);
		}
	}

}
