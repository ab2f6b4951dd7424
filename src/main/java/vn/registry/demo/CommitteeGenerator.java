package vn.registry.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.registry.demo.Posts.Post;

/**
 * Makes up one committee of the demo data set: its establishing decision and roster, perhaps its
 * working rules, a working group, a first meeting, and history: a consolidation (kiện toàn) that
 * ends some seats and starts their successors, sometimes renaming the committee, and a later
 * change of members or of tasks. One to four decisions; 15 to 35 serving seats.
 */
final class CommitteeGenerator {

	/** No demo decision is dated after this: the data set does not change with the day it is loaded. */
	static final LocalDate LATEST = LocalDate.of(2026, 6, 30);

	private static final String GROUP_TASKS = "Giúp Ban Chỉ đạo theo dõi, tổng hợp, đôn đốc việc thực hiện các nhiệm vụ "
			+ "chuyển đổi số; chuẩn bị nội dung, tài liệu các phiên họp của Ban Chỉ đạo.";

	private final DemoDataSet out;

	private final DecisionNumbers numbers;

	private final Map<String, Long> roleIds;

	private final long sourceId;

	CommitteeGenerator(DemoDataSet out, DecisionNumbers numbers, Map<String, Long> roleIds, long sourceId) {
		this.out = out;
		this.numbers = numbers;
		this.roleIds = roleIds;
		this.sourceId = sourceId;
	}

	/** Adds the committee of {@code unit} with id {@code id}; its other rows take ids from {@code ids}. */
	void generate(DemoUnit unit, long id, Long parentId, DemoIds ids, SplittableRandom random) {
		String name = "Ban Chỉ đạo chuyển đổi số " + unit.inSentence();
		boolean commune = unit.level().equals("COMMUNE");
		boolean renamed = !commune && random.nextInt(100) < 15;
		String firstName = renamed ? "Ban Chỉ đạo xây dựng Chính quyền điện tử " + unit.inSentence() : name;
		String ubnd = "UBND " + unit.inSentence();
		Roster roster = new Roster(id, ids, random);
		LocalDate established = establishedOn(unit, random);

		boolean consolidates = renamed || random.nextInt(100) < 40;
		int added = consolidates && random.nextInt(100) < 30 ? 1 + random.nextInt(2) : 0;
		int size = switch (unit.level()) {
			case "PROVINCE" -> 22 + random.nextInt(14);
			case "DISTRICT" -> 18 + random.nextInt(13);
			default -> 15 + random.nextInt(11);
		};
		size = Math.min(size, 35 - added);
		List<Post> members = Posts.members(unit, size - 3 + added);
		long establish = ids.decision();
		roster.start(established, establish, "TRUONG_BAN", Posts.head(unit, random.nextInt(100) < 40));
		roster.start(established, establish, "PHO_TRUONG_BAN_THUONG_TRUC", Posts.standingDeputy(unit));
		roster.start(established, establish, "PHO_TRUONG_BAN", Posts.deputy(unit));
		members.subList(0, size - 3).forEach(post -> roster.start(established, establish, "UY_VIEN", post));
		decision(establish, id, "ESTABLISH", ubnd, number(unit, random), established, roster.headName(),
				"Thành lập " + firstName);

		LocalDate last = established;
		String workingRules = null;
		if (random.nextInt(100) < 55) {
			LocalDate adopted = weekday(established.plusDays(5 + random.nextInt(40)));
			String rules = numbers.next(firstName, 1 + random.nextInt(60), "QĐ-BCĐ");
			decision(ids.decision(), id, "ADOPT_RULES", firstName, rules, adopted, roster.headName(),
					"Ban hành Quy chế hoạt động của " + firstName);
			workingRules = "Ban Chỉ đạo làm việc theo Quy chế hoạt động ban hành kèm theo Quyết định số " + rules + ".";
			last = adopted;
		}
		if (random.nextInt(100) < 85) {
			long groupId = ids.workingGroup();
			int groupSize = roster.workingGroup(groupId, established, establish, unit, members);
			out.workingGroups.add(groupId, id, "Tổ giúp việc " + name, Posts.host(unit),
					random.nextInt(100) < 90 ? groupSize : null, GROUP_TASKS, establish, sourceId);
		}
		int taskCount = Tasks.add(out.tasks, id, ids, unit, random);
		LocalDate consolidated = weekday(last.plusDays(300 + random.nextInt(900)));
		if (consolidates && consolidated.isBefore(LATEST)) {
			long decision = ids.decision();
			roster.replace(consolidated, decision, 50, 25);
			members.subList(size - 3, members.size()).forEach(post -> roster.start(consolidated, decision, "UY_VIEN", post));
			String summary = renamed ? "Kiện toàn và đổi tên " + firstName + " thành " + name : "Kiện toàn " + name;
			decision(decision, id, "CONSOLIDATE", ubnd, number(unit, random), consolidated, roster.headName(), summary);
			if (renamed) {
				out.formerNames.add(ids.formerName(), id, firstName, decision);
			}
			last = consolidated;
		}
		LocalDate changed = weekday(last.plusDays(60 + random.nextInt(400)));
		int roll = random.nextInt(100);
		if (roll < 35 && changed.isBefore(LATEST)) {
			long decision = ids.decision();
			if (roll < 20) {
				roster.replaceMembers(changed, decision, 1 + random.nextInt(2));
				decision(decision, id, "CHANGE_MEMBERS", ubnd, number(unit, random), changed, roster.headName(),
						"Thay đổi thành viên " + name);
			}
			else {
				Tasks.amend(out.tasks, id, ids, unit, taskCount);
				decision(decision, id, "AMEND_TASKS", ubnd, number(unit, random), changed, roster.headName(),
						"Bổ sung nhiệm vụ cho " + name);
			}
		}
		if (random.nextInt(100) < 35) {
			LocalDate held = established.plusDays(10 + random.nextInt(50));
			out.meetings.add(ids.meeting(), id, held, "Phiên họp lần thứ nhất", roster.chairOn(held),
					"Triển khai Kế hoạch chuyển đổi số năm " + held.getYear() + " của " + unit.inSentence()
							+ "; phân công nhiệm vụ các thành viên Ban Chỉ đạo.",
					sourceId);
		}
		Integer declared = random.nextInt(100) < 95 ? roster.serving() : null;
		out.committees.add(id, name, unit.id(), parentId, "ACTIVE", Posts.host(unit),
				"Giúp UBND " + unit.inSentence() + " nghiên cứu, chỉ đạo, điều phối việc thực hiện các chủ trương, "
						+ "chính sách về chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số trên địa bàn.",
				workingRules, cadence(random), declared);
		out.committeeSources.add(id, sourceId);
		roster.writeTo(out.seats, roleIds, sourceId);
	}

	private void decision(long id, long committeeId, String type, String issuer, String numberSymbolOrNull,
			LocalDate signedOn, String signer, String summary) {
		out.decisions.add(id, committeeId, type, numberSymbolOrNull, signedOn, issuer, signer, summary, signedOn,
				sourceId);
	}

	/** A people's committee's decision number; "UBND" decisions of a province run into the thousands. */
	private String number(DemoUnit unit, SplittableRandom random) {
		int wanted = switch (unit.level()) {
			case "PROVINCE" -> 100 + random.nextInt(4400);
			case "DISTRICT" -> 50 + random.nextInt(3000);
			default -> 1 + random.nextInt(350);
		};
		return numbers.next("UBND " + unit.inSentence(), wanted, "QĐ-UBND");
	}

	private static LocalDate establishedOn(DemoUnit unit, SplittableRandom random) {
		LocalDate from = switch (unit.level()) {
			case "PROVINCE" -> LocalDate.of(2021, 3, 1);
			case "DISTRICT" -> LocalDate.of(2021, 6, 1);
			default -> LocalDate.of(2022, 1, 3);
		};
		return weekday(from.plusDays(random.nextInt(unit.level().equals("COMMUNE") ? 700 : 500)));
	}

	private static String cadence(SplittableRandom random) {
		return switch (random.nextInt(4)) {
			case 0 -> "Họp định kỳ 6 tháng một lần; họp đột xuất khi cần thiết.";
			case 1 -> "Họp định kỳ hằng quý.";
			case 2 -> "Họp định kỳ mỗi năm hai lần; Trưởng ban triệu tập họp bất thường khi cần.";
			default -> null;
		};
	}

	/** Decisions are signed on working days. */
	static LocalDate weekday(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY ? date.minusDays(1) : day == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
	}

}
