package vn.registry.task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import java.util.function.UnaryOperator;

/**
 * The follow-up list as CSV for a spreadsheet: UTF-8 with a byte order mark (so that Excel reads
 * Vietnamese correctly), RFC 4180 quoting, dates as dd/mm/yyyy.
 */
final class FollowUpCsv {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private FollowUpCsv() {
	}

	static String write(List<FollowUpRow> rows, LocalDate today, UnaryOperator<String> messages) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, List.of(messages.apply("followUp.committee"), messages.apply("task.text"), messages.apply("task.leadAgency"),
				messages.apply("task.coordinatingAgencies"), messages.apply("task.deadlineText"), messages.apply("task.deadlineOn"),
				messages.apply("task.status"), messages.apply("followUp.late")));
		for (FollowUpRow row : rows) {
			LocalDate due = row.nextDueFrom(today);
			line(csv, List.of(row.committeeName(), row.text(), nullToEmpty(row.leadAgency()),
					nullToEmpty(row.coordinatingAgencies()), nullToEmpty(row.deadlineText()),
					due == null ? "" : due.format(DATE),
					row.status() == null ? messages.apply("task.status.unreported") : messages.apply(row.status().messageKey()),
					row.lateOn(today) ? messages.apply("task.status.LATE") : ""));
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append('"').append(cells.get(i).replace("\"", "\"\"")).append('"');
		}
		csv.append("\r\n");
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
