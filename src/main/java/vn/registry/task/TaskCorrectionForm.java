package vn.registry.task;

import jakarta.validation.constraints.NotNull;

import vn.registry.meeting.TaskRow;

/** A task's particulars as typed for a correction, with the version they were read at. */
public class TaskCorrectionForm extends TaskRow {

	@NotNull
	private Long version;

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
