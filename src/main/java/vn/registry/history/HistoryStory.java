package vn.registry.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import vn.registry.history.HistoryEntry.Change;
import vn.registry.history.HistoryEntry.FieldChange;
import vn.registry.history.HistoryEntry.Value;
import vn.registry.history.HistoryFields.Field;
import vn.registry.history.HistoryFields.Kind;
import vn.registry.history.HistoryQueries.LoggedChange;
import vn.registry.history.HistoryQueries.RoleNames;
import vn.registry.system.Dates;
import vn.registry.system.VietnamTime;

import org.springframework.context.MessageSource;

/**
 * One page of the history being told: the decisions' numbers and the roles' names its rows refer
 * to, and the reader's language. Dates read as {@link Dates} writes them; codes become words.
 */
final class HistoryStory {

	private final Map<Long, String> decisionNumbers;

	private final Map<Long, RoleNames> roles;

	private final Locale locale;

	private final MessageSource messages;

	HistoryStory(MessageSource messages, Map<Long, String> decisionNumbers, Map<Long, RoleNames> roles,
			Locale locale) {
		this.messages = messages;
		this.decisionNumbers = decisionNumbers;
		this.roles = roles;
		this.locale = locale;
	}

	HistoryEntry entry(List<LoggedChange> transaction) {
		LoggedChange first = transaction.get(0);
		List<Change> changes = new ArrayList<>();
		for (LoggedChange row : transaction) {
			if (HistoryFields.tells(row.table())) {
				changes.add(change(row));
			}
		}
		// To the second: a datetime attribute takes at most three digits of a second's fraction.
		LocalDateTime at = VietnamTime.local(first.changedAt()).truncatedTo(ChronoUnit.SECONDS);
		return new HistoryEntry(at, first.changedBy(), decisionOf(transaction), changes);
	}

	/** The decision the transaction recorded or corrected, else the first one its rows refer to. */
	private Value decisionOf(List<LoggedChange> transaction) {
		for (LoggedChange row : transaction) {
			if ("decision".equals(row.table())) {
				return decision(((Number) row.row().get("id")).longValue());
			}
		}
		for (LoggedChange row : transaction) {
			for (Field field : HistoryFields.of(row.table())) {
				if (field.kind() == Kind.DECISION && row.row().get(field.column()) instanceof Number id) {
					return decision(id.longValue());
				}
			}
		}
		return null;
	}

	private Change change(LoggedChange row) {
		boolean changed = row.before() != null && row.after() != null;
		List<FieldChange> fields = new ArrayList<>();
		for (Field field : HistoryFields.of(row.table())) {
			Object before = row.before() == null ? null : row.before().get(field.column());
			Object after = row.after() == null ? null : row.after().get(field.column());
			// A row added or removed says what it holds; a flag it does not have is not news.
			boolean unsetFlag = !changed && Boolean.FALSE.equals(after != null ? after : before);
			if (!Objects.equals(before, after) && !unsetFlag) {
				fields.add(new FieldChange(text(field.labelKey()), value(field.kind(), before),
						value(field.kind(), after)));
			}
		}
		return new Change(text("history.change." + row.table() + "." + verb(row), subject(row)), changed, fields);
	}

	private String verb(LoggedChange row) {
		if ("UPDATE".equals(row.action()) && row.before().get("end_on") == null
				&& row.after().get("end_on") != null) {
			return "ENDED";
		}
		return row.action();
	}

	/** Which row: the member by name (or post) and role, the decision by number, the task by its place. */
	private String subject(LoggedChange row) {
		Map<String, Object> values = row.row();
		return switch (row.table()) {
			case "seat" -> {
				Object holder = values.get("full_name") != null ? values.get("full_name") : values.get("position");
				yield (holder == null ? text("value.unknown") : holder) + " ("
						+ value(Kind.ROLE, values.get("role_id")).text() + ")";
			}
			case "decision" -> decision(((Number) values.get("id")).longValue()).text();
			case "committee_task" -> String.valueOf(values.get("position"));
			case "meeting" -> value(Kind.DATE, values.get("held_on")).text();
			case "committee_succession" -> value(Kind.DATE, values.get("effective_on")).text();
			case "meeting_attendance" -> Objects.toString(values.get("full_name"), "");
			case "assigned_task" -> Objects.toString(values.get("text"), "");
			case "task_progress" -> value(Kind.DATE, values.get("reported_on")).text();
			default -> Objects.toString(values.get("name"), "");
		};
	}

	private Value value(Kind kind, Object raw) {
		if (raw == null) {
			return null;
		}
		return switch (kind) {
			case DATE -> Value.of(Dates.format(LocalDate.parse(raw.toString().substring(0, 10))));
			case BOOLEAN -> Value.of(text("history.value." + raw));
			case DECISION -> decision(((Number) raw).longValue());
			case ROLE -> Value.of(role(((Number) raw).longValue()));
			case COMMITTEE_STATUS -> Value.of(text("committee.status." + raw));
			case DECISION_TYPE -> Value.of(text("decision.type." + raw));
			default -> Value.of(raw.toString());
		};
	}

	private Value decision(long id) {
		String number = decisionNumbers.get(id);
		return new Value(number != null ? number : text("decision.number.unknown"), id);
	}

	private String role(long id) {
		RoleNames names = roles.get(id);
		if (names == null) {
			return text("value.unknown");
		}
		return "en".equals(locale.getLanguage()) ? names.en() : names.vi();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
