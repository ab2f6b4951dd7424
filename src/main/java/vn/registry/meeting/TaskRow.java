package vn.registry.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A task the meeting assigned: what, to whom, with whom, by when (as said, and/or as a date). */
public class TaskRow {

	@Size(max = 5000, message = "{form.error.tooLong}")
	private String text;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String leadAgency;

	@Size(max = 1000, message = "{form.error.tooLong}")
	private String coordinatingAgencies;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String deadlineText;

	@DateTimeFormat(pattern = MeetingForm.DATE_PATTERN)
	private LocalDate deadlineOn;

	public TaskRow() {
	}

	TaskRow(String text, String leadAgency, String deadlineText, LocalDate deadlineOn) {
		this.text = text;
		this.leadAgency = leadAgency;
		this.deadlineText = deadlineText;
		this.deadlineOn = deadlineOn;
	}

	public boolean isBlank() {
		return blank(text) && blank(leadAgency) && blank(coordinatingAgencies) && blank(deadlineText) && deadlineOn == null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public String getLeadAgency() { return leadAgency; }
	public void setLeadAgency(String leadAgency) { this.leadAgency = leadAgency; }
	public String getCoordinatingAgencies() { return coordinatingAgencies; }
	public void setCoordinatingAgencies(String coordinatingAgencies) { this.coordinatingAgencies = coordinatingAgencies; }
	public String getDeadlineText() { return deadlineText; }
	public void setDeadlineText(String deadlineText) { this.deadlineText = deadlineText; }
	public LocalDate getDeadlineOn() { return deadlineOn; }
	public void setDeadlineOn(LocalDate deadlineOn) { this.deadlineOn = deadlineOn; }

}
