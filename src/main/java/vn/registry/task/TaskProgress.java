package vn.registry.task;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import vn.registry.meeting.MeetingFiles;
import vn.registry.system.AuditUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a progress report and moves the task's status with it, in the history. */
@Service
class TaskProgress {

	private final JdbcClient jdbc;

	private final AuditUser audit;

	private final Clock clock;

	private final MeetingFiles files;

	TaskProgress(JdbcClient jdbc, AuditUser audit, Clock clock, MeetingFiles files) {
		this.files = files;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The task the report is about: its text, and where its page is. */
	public record TaskRef(long id, long committeeId, Long meetingId, String text, String committeeName) {

		public String page() {
			return meetingId != null ? "/meetings/" + meetingId + "#task-" + id : "/committees/" + committeeId;
		}

	}

	Optional<TaskRef> find(long taskId) {
		return jdbc.sql("""
				SELECT t.id, t.committee_id, t.meeting_id, t.text, c.name AS committee_name
				FROM assigned_task t JOIN committee c ON c.id = t.committee_id WHERE t.id = :id""")
			.param("id", taskId).query(TaskRef.class).optional();
	}

	/** The stored file of a progress report: where it is kept and the name it came with. */
	record Attachment(String fileToken, String fileName) {
	}

	Optional<Attachment> attachment(long progressId) {
		return jdbc.sql("SELECT file_token, file_name FROM task_progress WHERE id = :id AND file_token IS NOT NULL")
			.param("id", progressId).query(Attachment.class).optional();
	}

	@Transactional
	void report(TaskRef task, ProgressForm form, String user) throws java.io.IOException {
		audit.name(user);
		boolean attached = form.getFileToken() != null && files.isHeld(form.getFileToken());
		if (attached) {
			files.keep(form.getFileToken());
		}
		jdbc.sql("""
				INSERT INTO task_progress (task_id, committee_id, reported_on, note, status, file_name, file_token,
				                           created_at, created_by)
				VALUES (:task, :committee, :on, :note, :status, :fileName, :fileToken, :now, :user)""")
			.param("fileName", attached ? form.getFileName() : null)
			.param("fileToken", attached ? form.getFileToken() + ".pdf" : null)
			.param("task", task.id()).param("committee", task.committeeId()).param("on", form.getReportedOn())
			.param("note", form.getNote().strip()).param("status", form.getStatus().name())
			.param("now", OffsetDateTime.now(clock)).param("user", user).update();
		jdbc.sql("""
				UPDATE assigned_task SET status = :status, version = version + 1,
				       completed_on = CASE WHEN :status = 'DONE' THEN CAST(:on AS date) END
				WHERE id = :task""")
			.param("status", form.getStatus().name()).param("on", form.getReportedOn()).param("task", task.id())
			.update();
	}

}
