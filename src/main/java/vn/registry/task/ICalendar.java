package vn.registry.task;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Meetings and deadlines as an iCalendar feed (RFC 5545) that a mail client subscribes to: all-day
 * events, a recurring deadline with its RRULE, text escaped (3.3.11) and lines folded at 75 octets
 * without splitting a UTF-8 character (3.1), CRLF line ends.
 */
final class ICalendar {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	/** One all-day event: {@code rrule} null for a single day. */
	record Event(String uid, LocalDate day, String summary, String description, String url, String rrule) {
	}

	private ICalendar() {
	}

	static String write(String name, List<Event> events, Instant stamp) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//vn.registry//So dang ky Ban Chi dao//VI");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "X-WR-CALNAME:" + escape(name));
		for (Event event : events) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + event.uid());
			line(ics, "DTSTAMP:" + STAMP.format(stamp));
			line(ics, "DTSTART;VALUE=DATE:" + DAY.format(event.day()));
			line(ics, "DTEND;VALUE=DATE:" + DAY.format(event.day().plusDays(1)));
			if (event.rrule() != null) {
				line(ics, "RRULE:" + event.rrule());
			}
			line(ics, "SUMMARY:" + escape(event.summary()));
			if (event.description() != null) {
				line(ics, "DESCRIPTION:" + escape(event.description()));
			}
			if (event.url() != null) {
				line(ics, "URL:" + event.url());
			}
			line(ics, "TRANSP:TRANSPARENT");
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n").replace("\r", "\\n");
	}

	/** Folds a content line: at most 75 octets a line, continuation lines start with a space. */
	private static void line(StringBuilder ics, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				ics.append("\r\n ");
				octets = 0;
				limit = 74;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
