package vn.registry.decision.entry;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's row buttons, for browsers without JavaScript: each is a submit button named
 * {@code action} whose value says what to do ({@code add:seats}, {@code remove:seats:2},
 * {@code up:tasks:1}, {@code down:workingGroupSeats:0}). The form comes back with the change made
 * and nothing the clerk typed lost.
 */
final class FormRows {

	private static final Pattern ACTION = Pattern.compile("(add|remove|up|down):(seats|workingGroupSeats|tasks)(?::(\\d+))?");

	private FormRows() {
	}

	/** Applies a row action; false when the action is not a row action. */
	static boolean apply(DecisionForm form, String action) {
		Matcher matcher = action == null ? null : ACTION.matcher(action);
		if (matcher == null || !matcher.matches()) {
			return false;
		}
		String verb = matcher.group(1);
		String list = matcher.group(2);
		int index = matcher.group(3) == null ? -1 : Integer.parseInt(matcher.group(3));
		switch (list) {
			case "seats" -> apply(form.getSeats(), verb, index, SeatRow::new);
			case "workingGroupSeats" -> apply(form.getWorkingGroupSeats(), verb, index, SeatRow::new);
			default -> apply(form.getTasks(), verb, index, () -> "");
		}
		return true;
	}

	private static <T> void apply(List<T> rows, String verb, int index, Supplier<T> newRow) {
		boolean inRange = index >= 0 && index < rows.size();
		switch (verb) {
			case "add" -> rows.add(newRow.get());
			case "remove" -> {
				if (inRange) {
					rows.remove(index);
				}
			}
			case "up" -> {
				if (inRange && index > 0) {
					Collections.swap(rows, index, index - 1);
				}
			}
			default -> {
				if (inRange && index < rows.size() - 1) {
					Collections.swap(rows, index, index + 1);
				}
			}
		}
	}

}
