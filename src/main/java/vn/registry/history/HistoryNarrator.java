package vn.registry.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import vn.registry.history.HistoryQueries.LoggedChange;
import vn.registry.history.HistoryQueries.RoleNames;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a page of the change log in the reader's language: the rows one transaction wrote become
 * one entry under the decision it recorded; ids become names (roles) and numbers (decisions),
 * dates read dd/MM/yyyy, codes become words.
 */
@Component
class HistoryNarrator {

	private final MessageSource messages;

	HistoryNarrator(MessageSource messages) {
		this.messages = messages;
	}

	List<HistoryEntry> tell(List<LoggedChange> rows, Locale locale) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, String> numbers = new HashMap<>();
		Map<Long, RoleNames> roles = new HashMap<>();
		rows.forEach(row -> {
			numbers.putAll(row.decisionNumbers());
			roles.putAll(row.roles());
		});
		HistoryStory story = new HistoryStory(messages, numbers, roles, locale);
		List<HistoryEntry> entries = new ArrayList<>();
		List<LoggedChange> transaction = new ArrayList<>();
		for (LoggedChange row : rows) {
			if (!transaction.isEmpty() && !sameTransaction(transaction.get(0), row)) {
				entries.add(story.entry(transaction));
				transaction = new ArrayList<>();
			}
			transaction.add(row);
		}
		entries.add(story.entry(transaction));
		return entries;
	}

	private static boolean sameTransaction(LoggedChange a, LoggedChange b) {
		return a.changedAt().equals(b.changedAt()) && Objects.equals(a.changedBy(), b.changedBy());
	}

}
