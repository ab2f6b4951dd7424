package vn.registry.task;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import vn.registry.meeting.TaskRow;

/** The tasks a decision assigned, typed as rows like the meeting form's. */
public class DecisionTaskForm {

	private List<@Valid TaskRow> tasks = new ArrayList<>();

	/** The rows with anything typed in them; blank rows are left out rather than refused. */
	List<TaskRow> filledTasks() {
		return tasks.stream().filter(task -> !task.isBlank()).toList();
	}

	public List<TaskRow> getTasks() { return tasks; }
	public void setTasks(List<TaskRow> tasks) { this.tasks = tasks; }

}
