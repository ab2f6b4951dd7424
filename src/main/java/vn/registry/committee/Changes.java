package vn.registry.committee;

import java.util.ArrayList;
import java.util.List;

import vn.registry.committee.DecisionChanges.Change;
import vn.registry.committee.DecisionChanges.CommitteeLink;
import vn.registry.committee.DecisionChanges.SeatLine;
import vn.registry.committee.DecisionChanges.SeatReplacement;
import vn.registry.roster.Seat;

/** Collects what an intention method of {@link Committee} changes, for its {@link DecisionChanges}. */
final class Changes {

	private final List<SeatLine> added = new ArrayList<>();

	private final List<SeatLine> ended = new ArrayList<>();

	private final List<SeatReplacement> changed = new ArrayList<>();

	private Change<String> name;

	private Change<List<String>> tasks;

	private Change<WorkingRules> rules;

	private CommitteeLink replacedBy;

	Changes added(List<Seat> seats) {
		seats.forEach(seat -> added.add(line(seat)));
		return this;
	}

	Changes ended(List<Seat> seats) {
		seats.forEach(seat -> ended.add(line(seat)));
		return this;
	}

	Changes replaced(Seat seat, String before) {
		changed.add(new SeatReplacement(seat.getRole().getName(), before, holder(seat), seat.getWorkingGroup() != null));
		return this;
	}

	Changes name(String before, String after) {
		this.name = new Change<>(before, after);
		return this;
	}

	Changes tasks(List<String> before, List<String> after) {
		this.tasks = new Change<>(before, after);
		return this;
	}

	Changes rules(WorkingRules before, WorkingRules after) {
		this.rules = new Change<>(before, after);
		return this;
	}

	Changes replacedBy(Committee successor) {
		this.replacedBy = new CommitteeLink(successor.getId(), successor.getName());
		return this;
	}

	DecisionChanges build() {
		return new DecisionChanges(added, ended, changed, name, tasks, rules, null, replacedBy);
	}

	private static SeatLine line(Seat seat) {
		return new SeatLine(seat.getRole().getName(), holder(seat), seat.getWorkingGroup() != null);
	}

	/** Name, position and agency, those that are stated. */
	static String holder(Seat seat) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { seat.getFullName(), seat.getPosition(), seat.getAgency() }) {
			if (part != null) {
				parts.add(part);
			}
		}
		return String.join(", ", parts);
	}

}
