package vn.registry.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline as the source states it, and what the registry reads from it: a date ("trước ngày
 * 30/6/2021"), a recurrence ("thứ 2 đầu mỗi tháng", "hàng quý") or words only ("trong tuần này"),
 * whose date is worked out from the day it was said and marked inferred.
 */
public record Deadline(String text, LocalDate on, boolean inferred, Recurrence recurrence) {

	private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern WITHIN_DAYS = Pattern.compile("trong (?:vong )?(\\d{1,3}) ngay");

	public static final Deadline NONE = new Deadline(null, null, false, null);

	/**
	 * Reads a deadline. A date typed beside the words wins and is not inferred; {@code said} is the
	 * day of the meeting or decision that set it.
	 */
	public static Deadline read(String text, LocalDate typed, LocalDate said) {
		String words = text == null || text.isBlank() ? null : text.strip();
		if (typed != null) {
			return new Deadline(words, typed, false, words == null ? null : recurrence(fold(words)));
		}
		if (words == null) {
			return NONE;
		}
		String folded = fold(words);
		Recurrence recurrence = recurrence(folded);
		if (recurrence != null) {
			return new Deadline(words, null, false, recurrence);
		}
		Matcher date = DATE.matcher(words);
		if (date.find()) {
			try {
				return new Deadline(words, LocalDate.parse(date.group(), DAY), false, null);
			}
			catch (DateTimeParseException ex) {
				return new Deadline(words, null, false, null);
			}
		}
		LocalDate inferred = said == null ? null : infer(folded, said);
		return new Deadline(words, inferred, inferred != null, null);
	}

	private static Recurrence recurrence(String folded) {
		if (folded.matches(".*thu (2|hai) dau (moi|hang|hang) thang.*")) {
			return Recurrence.MONTHLY_FIRST_MONDAY;
		}
		if (folded.matches(".*\\b(hang|moi) quy\\b.*")) {
			return Recurrence.QUARTERLY;
		}
		if (folded.matches(".*\\b(hang|moi) thang\\b.*")) {
			return Recurrence.MONTHLY;
		}
		if (folded.matches(".*\\b(hang|moi) tuan\\b.*")) {
			return Recurrence.WEEKLY;
		}
		if (folded.matches(".*\\b(hang|moi) nam\\b.*")) {
			return Recurrence.YEARLY;
		}
		return null;
	}

	private static LocalDate infer(String folded, LocalDate said) {
		Matcher days = WITHIN_DAYS.matcher(folded);
		if (days.find()) {
			return said.plusDays(Integer.parseInt(days.group(1)));
		}
		if (folded.contains("tuan nay")) {
			return said.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		}
		if (folded.contains("tuan toi") || folded.contains("tuan sau")) {
			return said.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusWeeks(1);
		}
		if (folded.contains("thang nay")) {
			return said.with(TemporalAdjusters.lastDayOfMonth());
		}
		if (folded.contains("quy nay")) {
			return Recurrence.QUARTERLY.nextOnOrAfter(said);
		}
		if (folded.contains("nam nay")) {
			return said.with(TemporalAdjusters.lastDayOfYear());
		}
		return null;
	}

	/** Lower case, no diacritics, đ as d: "Hằng quý" and "hàng quý" read the same. */
	private static String fold(String text) {
		return java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("\\s+", " ");
	}

}
