package vn.registry.task;

import java.time.LocalDate;

/** A task on the follow-up list: what, for whom, assigned by which committee at which meeting or decision. */
public record FollowUpRow(long id, long committeeId, String committeeName, Long meetingId, LocalDate meetingHeldOn,
		Long decisionId, String text, String leadAgency, String coordinatingAgencies, String deadlineText,
		LocalDate deadlineOn, boolean deadlineInferred, Recurrence recurrence, TaskStatus status) {

	public boolean lateOn(LocalDate today) {
		return TaskStatus.isLate(status, deadlineOn, today);
	}

	public LocalDate nextDueFrom(LocalDate today) {
		return recurrence != null && deadlineOn == null ? recurrence.nextOnOrAfter(today) : deadlineOn;
	}

}
