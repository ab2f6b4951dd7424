package vn.registry.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A deadline that comes back: "hàng tuần", "hàng tháng", "thứ 2 đầu mỗi tháng", "hàng quý", "hàng năm". */
public enum Recurrence {

	WEEKLY("FREQ=WEEKLY"), MONTHLY("FREQ=MONTHLY"), MONTHLY_FIRST_MONDAY("FREQ=MONTHLY;BYDAY=1MO"),
	QUARTERLY("FREQ=MONTHLY;INTERVAL=3"), YEARLY("FREQ=YEARLY");

	private final String rrule;

	Recurrence(String rrule) {
		this.rrule = rrule;
	}

	/** The RFC 5545 rule. */
	public String rrule() {
		return rrule;
	}

	public String messageKey() {
		return "task.recurrence." + name();
	}

	/** The first occurrence on or after {@code day}: the end of the week, month, quarter or year, or the first Monday. */
	public LocalDate nextOnOrAfter(LocalDate day) {
		return switch (this) {
			case WEEKLY -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			case MONTHLY -> day.with(TemporalAdjusters.lastDayOfMonth());
			case MONTHLY_FIRST_MONDAY -> {
				LocalDate first = day.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
				yield first.isBefore(day) ? day.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)) : first;
			}
			case QUARTERLY -> {
				LocalDate quarterStart = day.with(IsoFields.DAY_OF_QUARTER, 1);
				yield quarterStart.plusMonths(3).minusDays(1);
			}
			case YEARLY -> day.with(TemporalAdjusters.lastDayOfYear());
		};
	}

}
