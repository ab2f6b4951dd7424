package vn.registry.task;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A progress report on a task: when, what was done, where the task now stands. */
public class ProgressForm {

	@NotNull(message = "{form.error.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate reportedOn;

	@NotBlank(message = "{form.error.required}")
	@Size(max = 5000, message = "{form.error.tooLong}")
	private String note;

	@NotNull(message = "{form.error.required}")
	private TaskStatus status;

	/** A PDF attached with an earlier submit of this form, held while errors are corrected. */
	private String fileToken;

	private String fileName;

	public String getFileToken() { return fileToken; }
	public void setFileToken(String fileToken) { this.fileToken = fileToken; }
	public String getFileName() { return fileName; }
	public void setFileName(String fileName) { this.fileName = fileName; }
	public LocalDate getReportedOn() { return reportedOn; }
	public void setReportedOn(LocalDate reportedOn) { this.reportedOn = reportedOn; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
	public TaskStatus getStatus() { return status; }
	public void setStatus(TaskStatus status) { this.status = status; }

}
