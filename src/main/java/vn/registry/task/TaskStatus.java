package vn.registry.task;

import java.time.LocalDate;

/** Where a task stands: chưa thực hiện, đang thực hiện, hoàn thành. Late (quá hạn) is not stored but computed. */
public enum TaskStatus {

	NOT_STARTED, IN_PROGRESS, DONE;

	public String messageKey() {
		return "task.status." + name();
	}

	/** Late: not done, and its deadline (a date) is before today in Vietnam. An unreported status is not judged. */
	public static boolean isLate(TaskStatus status, LocalDate deadline, LocalDate today) {
		return status != null && status != DONE && deadline != null && deadline.isBefore(today);
	}

}
