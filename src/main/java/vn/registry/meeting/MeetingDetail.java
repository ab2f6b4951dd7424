package vn.registry.meeting;

import java.time.LocalDate;
import java.util.List;

import vn.registry.task.AssignedTask;

/** A meeting's page and its JSON, read in one statement. */
public record MeetingDetail(long id, long committeeId, String committeeName, LocalDate heldOn, Integer ordinal,
		String title, String chairedBy, String agenda, String summary, String conclusions, String conclusionNumber,
		LocalDate conclusionSignedOn, String conclusionPdfName, Long sourceId, String sourceNote, List<Attendee> attendance,
		List<AssignedTask> tasks) {

	public List<Attendee> present() {
		return attendance.stream().filter(Attendee::present).toList();
	}

	public List<Attendee> absent() {
		return attendance.stream().filter(attendee -> !attendee.present()).toList();
	}

	public record Attendee(Long seatId, String fullName, boolean present) {
	}

}
