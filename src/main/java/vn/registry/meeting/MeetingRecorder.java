package vn.registry.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.registry.system.AuditUser;
import vn.registry.task.AssignedTasks;
import vn.registry.task.Deadline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a meeting with its attendance and the tasks it assigned, in one transaction, in the history. */
@Service
class MeetingRecorder {

	private final JdbcClient jdbc;

	private final MeetingRoster roster;

	private final AuditUser audit;

	private final Clock clock;

	private final MeetingFiles files;

	private final AssignedTasks assignedTasks;

	MeetingRecorder(JdbcClient jdbc, MeetingRoster roster, AuditUser audit, Clock clock, MeetingFiles files,
			AssignedTasks assignedTasks) {
		this.files = files;
		this.assignedTasks = assignedTasks;
		this.jdbc = jdbc;
		this.roster = roster;
		this.audit = audit;
		this.clock = clock;
	}

	Optional<Long> alreadyRecorded(MeetingForm form) {
		return jdbc.sql("SELECT id FROM meeting WHERE submission_id = :id").param("id", form.getSubmissionId())
			.query(Long.class).optional();
	}

	@Transactional
	long record(long committeeId, MeetingForm form, String user) {
		audit.name(user);
		Map<Long, MeetingRoster.Member> members = roster.on(committeeId, form.getHeldOn()).stream()
			.collect(Collectors.toMap(MeetingRoster.Member::seatId, Function.identity()));
		MeetingRoster.Member chair = form.getChairSeatId() == null ? null : members.get(form.getChairSeatId());
		String chairedBy = chair != null ? chair.label() : blankToNull(form.getChairName());
		long id = jdbc.sql("""
				INSERT INTO meeting (committee_id, held_on, ordinal, title, chaired_by, chaired_by_seat_id, agenda,
				                     conclusions, conclusion_number, conclusion_signed_on, source_note, submission_id,
				                     created_at, created_by)
				VALUES (:committee, :heldOn, :ordinal, :title, :chairedBy, :chairSeat, :agenda, :conclusions, :number,
				        :numberOn, :sourceNote, :submission, :now, :user)
				RETURNING id""")
			.param("committee", committeeId).param("heldOn", form.getHeldOn()).param("ordinal", form.getOrdinal())
			.param("title", title(form)).param("chairedBy", chairedBy)
			.param("chairSeat", chair == null ? null : chair.seatId()).param("agenda", blankToNull(form.getAgenda()))
			.param("conclusions", blankToNull(form.getConclusions()))
			.param("number", ConclusionNumber.normalise(form.getConclusionNumber()))
			.param("numberOn", form.getConclusionSignedOn()).param("sourceNote", blankToNull(form.getSourceNote()))
			.param("submission", form.getSubmissionId()).param("now", OffsetDateTime.now(clock)).param("user", user)
			.query(Long.class).single();
		for (AttendanceRow row : form.getAttendance()) {
			MeetingRoster.Member member = row.getSeatId() == null ? null : members.get(row.getSeatId());
			if (member != null && row.present() != null) {
				jdbc.sql("""
						INSERT INTO meeting_attendance (meeting_id, committee_id, seat_id, full_name, present)
						VALUES (:meeting, :committee, :seat, :name, :present)""")
					.param("meeting", id).param("committee", committeeId).param("seat", member.seatId())
					.param("name", member.label()).param("present", row.present()).update();
			}
		}
		recordTasks(id, committeeId, form, user);
		if (form.getPdfToken() != null && files.isHeld(form.getPdfToken())) {
			keepPdf(id, form);
		}
		return id;
	}

	/** Last in the transaction: a failed move rolls the meeting back rather than leave it without its file. */
	private void keepPdf(long meetingId, MeetingForm form) {
		try {
			long size = files.keep(form.getPdfToken());
			jdbc.sql("""
					UPDATE meeting SET conclusion_pdf_file = :file, conclusion_pdf_name = :name, conclusion_pdf_size = :size
					WHERE id = :id""")
				.param("file", form.getPdfToken() + ".pdf").param("name", form.getPdfName()).param("size", size)
				.param("id", meetingId).update();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void recordTasks(long meetingId, long committeeId, MeetingForm form, String user) {
		List<TaskRow> tasks = form.filledTasks();
		for (int i = 0; i < tasks.size(); i++) {
			TaskRow task = tasks.get(i);
			Deadline deadline = Deadline.read(task.getDeadlineText(), task.getDeadlineOn(), form.getHeldOn());
			assignedTasks.insert(committeeId, meetingId, null, i + 1, new AssignedTasks.Particulars(task.getText(),
					task.getLeadAgency(), task.getCoordinatingAgencies(), deadline), user);
		}
	}

	/** The title as typed, or "Phiên họp lần thứ N" from the ordinal. */
	private static String title(MeetingForm form) {
		String typed = blankToNull(form.getTitle());
		if (typed != null) {
			return typed;
		}
		return form.getOrdinal() == null ? "Phiên họp" : "Phiên họp lần thứ " + Ordinals.vietnamese(form.getOrdinal());
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
