package vn.registry.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A meeting as the clerk enters it: when, who chaired and attended, what it heard and concluded, what it assigned. */
public class MeetingForm {

	static final String DATE_PATTERN = "dd/MM/yyyy";

	@NotNull
	private UUID submissionId = UUID.randomUUID();

	@NotNull(message = "{form.error.required}")
	@DateTimeFormat(pattern = DATE_PATTERN)
	private LocalDate heldOn;

	@Positive(message = "{form.error.positive}")
	@Max(value = 999, message = "{form.error.tooLarge}")
	private Integer ordinal;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String title;

	/** The chair, picked from the roster in force that day... */
	private Long chairSeatId;

	/** ...or typed, for a chair who is not on it. */
	@Size(max = 300, message = "{form.error.tooLong}")
	private String chairName;

	private List<@Valid AttendanceRow> attendance = new ArrayList<>();

	@Size(max = 5000, message = "{form.error.tooLong}")
	private String agenda;

	@Size(max = 20000, message = "{form.error.tooLong}")
	private String conclusions;

	@Size(max = 50, message = "{form.error.tooLong}")
	private String conclusionNumber;

	@DateTimeFormat(pattern = DATE_PATTERN)
	private LocalDate conclusionSignedOn;

	@Size(max = 1000, message = "{form.error.tooLong}")
	private String sourceNote;

	/** The notice's PDF, uploaded with an earlier submit of this form and held while errors are corrected. */
	private String pdfToken;

	private String pdfName;

	private List<@Valid TaskRow> tasks = new ArrayList<>();

	public List<TaskRow> filledTasks() {
		return tasks.stream().filter(task -> !task.isBlank()).toList();
	}

	public UUID getSubmissionId() { return submissionId; }
	public void setSubmissionId(UUID submissionId) { this.submissionId = submissionId; }
	public LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
	public Integer getOrdinal() { return ordinal; }
	public void setOrdinal(Integer ordinal) { this.ordinal = ordinal; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public Long getChairSeatId() { return chairSeatId; }
	public void setChairSeatId(Long chairSeatId) { this.chairSeatId = chairSeatId; }
	public String getChairName() { return chairName; }
	public void setChairName(String chairName) { this.chairName = chairName; }
	public List<AttendanceRow> getAttendance() { return attendance; }
	public void setAttendance(List<AttendanceRow> attendance) { this.attendance = attendance; }
	public String getAgenda() { return agenda; }
	public void setAgenda(String agenda) { this.agenda = agenda; }
	public String getConclusions() { return conclusions; }
	public void setConclusions(String conclusions) { this.conclusions = conclusions; }
	public String getConclusionNumber() { return conclusionNumber; }
	public void setConclusionNumber(String conclusionNumber) { this.conclusionNumber = conclusionNumber; }
	public LocalDate getConclusionSignedOn() { return conclusionSignedOn; }
	public void setConclusionSignedOn(LocalDate conclusionSignedOn) { this.conclusionSignedOn = conclusionSignedOn; }
	public String getSourceNote() { return sourceNote; }
	public void setSourceNote(String sourceNote) { this.sourceNote = sourceNote; }
	public String getPdfToken() { return pdfToken; }
	public void setPdfToken(String pdfToken) { this.pdfToken = pdfToken; }
	public String getPdfName() { return pdfName; }
	public void setPdfName(String pdfName) { this.pdfName = pdfName; }
	public List<TaskRow> getTasks() { return tasks; }
	public void setTasks(List<TaskRow> tasks) { this.tasks = tasks; }

}
