package vn.registry.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import vn.registry.demo.Posts.Post;

/**
 * The decisions of a demo committee's later life, none after {@code lastDay} (a 2024 unit's last
 * day, 30/06/2025, or {@link CommitteeGenerator#LATEST}): a consolidation (kiện toàn) that ends some
 * seats and starts their successors, sometimes renaming the committee, and a later change of members
 * or of tasks.
 */
final class History {

	private final DemoDataSet out;

	private final DecisionNumbers numbers;

	private final long sourceId;

	private final long id;

	private final DemoUnit unit;

	private final Authority authority;

	private final Roster roster;

	private final DemoIds ids;

	private final LocalDate lastDay;

	History(DemoDataSet out, DecisionNumbers numbers, long sourceId, long id, DemoUnit unit, Authority authority,
			Roster roster, DemoIds ids, LocalDate lastDay) {
		this.out = out;
		this.numbers = numbers;
		this.sourceId = sourceId;
		this.id = id;
		this.unit = unit;
		this.authority = authority;
		this.roster = roster;
		this.ids = ids;
		this.lastDay = lastDay;
	}

	/** A consolidation, perhaps renaming the committee; returns the date of the committee's last decision. */
	LocalDate consolidation(LocalDate last, boolean consolidates, boolean renamed, String firstName, String name,
			List<Post> addedMembers, SplittableRandom random) {
		LocalDate consolidated = CommitteeGenerator.weekday(last.plusDays(300 + random.nextInt(900)));
		if (!consolidates || consolidated.isAfter(lastDay)) {
			return last;
		}
		long decision = ids.decision();
		roster.replace(consolidated, decision, 50, 25);
		addedMembers.forEach(post -> roster.start(consolidated, decision, "UY_VIEN", post));
		String summary = renamed ? "Kiện toàn và đổi tên " + firstName + " thành " + name : "Kiện toàn " + name;
		out.decision(decision, id, "CONSOLIDATE", authority.issuer(), authority.number(numbers, random), consolidated,
				roster.headName(), summary, sourceId);
		if (renamed) {
			out.formerNames.add(ids.formerName(), id, firstName, decision);
		}
		return consolidated;
	}

	/** Perhaps a change of members or of tasks. */
	void change(LocalDate last, String name, int taskCount, SplittableRandom random) {
		LocalDate changed = CommitteeGenerator.weekday(last.plusDays(60 + random.nextInt(400)));
		int roll = random.nextInt(100);
		if (roll >= 35 || changed.isAfter(lastDay)) {
			return;
		}
		long decision = ids.decision();
		if (roll < 20) {
			roster.replaceMembers(changed, decision, 1 + random.nextInt(2));
			out.decision(decision, id, "CHANGE_MEMBERS", authority.issuer(), authority.number(numbers, random), changed,
					roster.headName(), "Thay đổi thành viên " + name, sourceId);
		}
		else {
			Tasks.amend(out.tasks, id, ids, unit, taskCount);
			out.decision(decision, id, "AMEND_TASKS", authority.issuer(), authority.number(numbers, random), changed,
					roster.headName(), "Bổ sung nhiệm vụ cho " + name, sourceId);
		}
	}

}
