package vn.registry.committee;

import java.util.List;

/**
 * What one decision changed, as the committee's intention methods return it and the confirmation
 * and decision pages show it. Stored with the decision as JSON (these property names are also those
 * of the decisions recorded before this type existed). Absent parts are null or empty.
 */
public record DecisionChanges(List<SeatLine> added, List<SeatLine> ended, List<SeatReplacement> changed,
		Change<String> name, Change<List<String>> tasks, Change<WorkingRules> rules, List<CommitteeLink> replaced,
		CommitteeLink replacedBy) {

	public DecisionChanges {
		added = added == null ? List.of() : List.copyOf(added);
		ended = ended == null ? List.of() : List.copyOf(ended);
		changed = changed == null ? List.of() : List.copyOf(changed);
		replaced = replaced == null ? List.of() : List.copyOf(replaced);
	}

	public static DecisionChanges none() {
		return new DecisionChanges(null, null, null, null, null, null, null, null);
	}

	/** The same changes, naming the committees the decision replaced. */
	public DecisionChanges withReplaced(List<CommitteeLink> committees) {
		return new DecisionChanges(added, ended, changed, name, tasks, rules, committees, replacedBy);
	}

	public boolean isEmpty() {
		return added.isEmpty() && ended.isEmpty() && changed.isEmpty() && name == null && tasks == null
				&& rules == null && replaced.isEmpty() && replacedBy == null;
	}

	/** The seats started on the committee itself, then those of its working group (two lists on the page). */
	public List<SeatLine> addedToCommittee() {
		return added.stream().filter(line -> !line.group()).toList();
	}

	public List<SeatLine> addedToGroup() {
		return added.stream().filter(SeatLine::group).toList();
	}

	public List<SeatLine> endedOnCommittee() {
		return ended.stream().filter(line -> !line.group()).toList();
	}

	public List<SeatLine> endedOnGroup() {
		return ended.stream().filter(SeatLine::group).toList();
	}

	/** The parts of the working rules the decision changed, each with its label's message key. */
	public List<RuleLine> ruleChanges() {
		if (rules == null) {
			return List.of();
		}
		WorkingRules before = rules.before() == null ? new WorkingRules(null, null, null, null, null) : rules.before();
		WorkingRules after = rules.after();
		return java.util.stream.Stream.of(
				new RuleLine("committee.workingRules.general", before.rules(), after.rules()),
				new RuleLine("committee.seals", before.seals(), after.seals()),
				new RuleLine("committee.partTimeWork", before.partTimeWork(), after.partTimeWork()),
				new RuleLine("committee.funding", before.funding(), after.funding()),
				new RuleLine("committee.meetingCadence", before.meetingCadence(), after.meetingCadence()))
			.filter(line -> !java.util.Objects.equals(line.before(), line.after()))
			.toList();
	}

	public record RuleLine(String labelKey, String before, String after) {
	}

	/** A seat as the change lists name it: its role and who holds it ("Phạm Ngọc Thạch, Chủ tịch UBND huyện"). */
	public record SeatLine(String role, String holder, boolean group) {
	}

	/** A seat whose holder or role a change of members replaced. */
	public record SeatReplacement(String role, String before, String after, boolean group) {
	}

	public record Change<T>(T before, T after) {
	}

	public record CommitteeLink(long id, String name) {
	}

}
