package vn.registry.task;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.registry.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendars to subscribe to: a committee's meetings and deadlines (done ones too: a calendar keeps its past) at
 * {@code /committees/{id}/calendar.ics}; an agency's deadlines and the meetings that set them at
 * {@code /follow-up/calendar.ics?agency=...}.
 */
@RestController
class CalendarController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final FollowUpQueries tasks;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	CalendarController(FollowUpQueries tasks, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	record Meeting(long id, LocalDate heldOn, String title, String committeeName, String conclusions) {
	}

	@GetMapping("/committees/{id}/calendar.ics")
	ResponseEntity<String> committee(@PathVariable long id, Locale locale) {
		String name = tasks.committeeName(id);
		if (name == null) {
			throw new NotFoundException();
		}
		List<Meeting> meetings = meetings("m.committee_id = :key", id);
		return feed(name, meetings, tasks.tasks(new FollowUpFilter(id, null, null, "all"), LocalDate.now(clock)), locale);
	}

	@GetMapping("/follow-up/calendar.ics")
	ResponseEntity<String> agency(@RequestParam String agency, Locale locale) {
		FollowUpFilter filter = new FollowUpFilter(null, agency, null, "all");
		if (filter.agencyQuery() == null) {
			throw new NotFoundException();
		}
		List<FollowUpRow> rows = tasks.tasks(filter, LocalDate.now(clock));
		List<Long> meetingIds = rows.stream().map(FollowUpRow::meetingId).filter(m -> m != null).distinct().toList();
		List<Meeting> meetings = meetingIds.isEmpty() ? List.of() : meetings("m.id IN (:key)", meetingIds);
		return feed(filter.agencyQuery(), meetings, rows, locale);
	}

	private List<Meeting> meetings(String condition, Object key) {
		return jdbc.sql("""
				SELECT m.id, m.held_on, m.title, c.name AS committee_name, m.conclusions
				FROM meeting m JOIN committee c ON c.id = m.committee_id
				WHERE %s ORDER BY m.held_on, m.id""".formatted(condition))
			.param("key", key).query(Meeting.class).list();
	}

	private ResponseEntity<String> feed(String name, List<Meeting> meetings, List<FollowUpRow> rows, Locale locale) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		List<ICalendar.Event> events = new ArrayList<>();
		for (Meeting m : meetings) {
			events.add(new ICalendar.Event("meeting-" + m.id() + "@registry", m.heldOn(), m.title() + " · " + m.committeeName(),
					m.conclusions(), base + "/meetings/" + m.id(), null));
		}
		String due = messages.getMessage("calendar.deadline", null, locale);
		for (FollowUpRow row : rows) {
			LocalDate first = row.deadlineOn() != null ? row.deadlineOn()
					: row.recurrence() == null || row.meetingHeldOn() == null ? null : row.recurrence().nextOnOrAfter(row.meetingHeldOn());
			if (first != null) {
				String lead = row.leadAgency() == null ? "" : " (" + row.leadAgency() + ")";
				events.add(new ICalendar.Event("task-" + row.id() + "@registry", first, due + ": " + row.text() + lead,
						row.deadlineText(), row.meetingId() == null ? base + "/committees/" + row.committeeId()
								: base + "/meetings/" + row.meetingId() + "#task-" + row.id(),
						row.deadlineOn() == null ? row.recurrence().rrule() : null));
			}
		}
		return ResponseEntity.ok().contentType(CALENDAR).body(ICalendar.write(name, events, clock.instant()));
	}

}
