package vn.registry.task;

import java.time.LocalDate;
import java.util.List;

/** A task as the pages and the API show it, with its progress reports. */
public record AssignedTask(long id, int position, String text, String leadAgency, String coordinatingAgencies,
		String deadlineText, LocalDate deadlineOn, boolean deadlineInferred, Recurrence recurrence, TaskStatus status,
		LocalDate completedOn, Long sourceId, List<Progress> progress) {

	public boolean lateOn(LocalDate today) {
		return TaskStatus.isLate(status, deadlineOn, today);
	}

	/** The deadline's next day: its date, or the recurrence's next occurrence from {@code today}. */
	public LocalDate nextDueFrom(LocalDate today) {
		return recurrence != null && deadlineOn == null ? recurrence.nextOnOrAfter(today) : deadlineOn;
	}

	public record Progress(long id, LocalDate reportedOn, String note, TaskStatus status, String fileName) {
	}

}
