package vn.registry.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.registry.demo.Posts.Post;

/**
 * Makes up one committee of the demo data set: its establishing decision and roster, perhaps its
 * working rules, a working group, a first meeting, and {@linkplain History history}. One to four decisions; 15 to 35 serving seats. A committee of the
 * 2024 structure has no decision after its unit's last day (30/06/2025), and may be replaced by a
 * committee of the 2025 structure: it ends then, and so do its serving seats (see {@link Reform}).
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

	private final Reform reform;

	CommitteeGenerator(DemoDataSet out, DecisionNumbers numbers, Map<String, Long> roleIds, long sourceId,
			Reform reform) {
		this.out = out;
		this.numbers = numbers;
		this.roleIds = roleIds;
		this.sourceId = sourceId;
		this.reform = reform;
	}

	/** Adds the committee of {@code unit} with id {@code id}; its other rows take ids from {@code ids}. */
	void generate(DemoUnit unit, long id, Long parentId, DemoIds ids, SplittableRandom random) {
		Reform.Founding founding = reform.founding(unit);
		Authority authority = new Authority(unit, founding != null && founding.party());
		String name = authority.committeeName();
		boolean commune = unit.level().equals("COMMUNE");
		boolean renamed = founding == null && !commune && random.nextInt(100) < 15;
		String firstName = renamed ? "Ban Chỉ đạo xây dựng Chính quyền điện tử " + unit.inSentence() : name;
		Roster roster = new Roster(id, ids, random);
		LocalDate established = founding == null ? establishedOn(unit, random) : founding.on();
		LocalDate lastDay = unit.validTo() == null ? LATEST : unit.validTo();
		History history = new History(out, numbers, sourceId, id, unit, authority, roster, ids, lastDay);

		boolean consolidates = renamed || random.nextInt(100) < 40;
		int added = consolidates && random.nextInt(100) < 30 ? 1 + random.nextInt(2) : 0;
		int size = switch (unit.level()) {
			case "PROVINCE" -> 22 + random.nextInt(14);
			case "DISTRICT" -> 18 + random.nextInt(13);
			default -> 15 + random.nextInt(11);
		};
		size = Math.min(size, 35 - added);
		List<Post> members = Posts.members(unit, size - 3 + added);
		long establish = ids.establishment();
		roster.start(established, establish, "TRUONG_BAN", authority.head(random.nextInt(100) < 40));
		roster.start(established, establish, "PHO_TRUONG_BAN_THUONG_TRUC", authority.standingDeputy());
		roster.start(established, establish, "PHO_TRUONG_BAN", authority.deputy());
		members.subList(0, size - 3).forEach(post -> roster.start(established, establish, "UY_VIEN", post));
		decision(establish, id, "ESTABLISH", authority.issuer(), authority.number(numbers, random), established,
				roster.headName(), "Thành lập " + firstName);

		LocalDate last = established;
		String workingRules = null;
		if (random.nextInt(100) < 55) {
			LocalDate adopted = weekday(established.plusDays(5 + random.nextInt(40)));
			String rules = authority.rulesNumber(numbers, firstName, random);
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
		List<Post> addedMembers = members.subList(size - 3, members.size());
		last = history.consolidation(last, consolidates, renamed, firstName, name, addedMembers, random);
		history.change(last, name, taskCount, random);
		if (random.nextInt(100) < 35) {
			firstMeeting(unit, id, ids, roster, established.plusDays(10 + random.nextInt(50)));
		}
		Integer declared = random.nextInt(100) < 95 ? roster.serving() : null;
		Reform.Replacement replacement = reform.replacementOf(unit);
		if (replacement != null) {
			roster.endAll(replacement.on(), replacement.decision());
			out.successions.add(ids.succession(), id, replacement.successor(), replacement.decision(), replacement.on());
		}
		out.committees.add(id, name, unit.id(), parentId, replacement == null ? "ACTIVE" : "REPLACED",
				replacement == null ? null : replacement.on(), Posts.host(unit),
				"Giúp " + authority.advises() + " nghiên cứu, chỉ đạo, điều phối việc thực hiện các chủ trương, "
						+ "chính sách về chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số trên địa bàn.",
				workingRules, cadence(random), declared);
		out.committeeSources.add(id, sourceId);
		roster.writeTo(out.seats, roleIds, sourceId);
	}

	private void firstMeeting(DemoUnit unit, long id, DemoIds ids, Roster roster, LocalDate held) {
		out.meetings.add(ids.meeting(), id, held, "Phiên họp lần thứ nhất", roster.chairOn(held),
				"Triển khai Kế hoạch chuyển đổi số năm " + held.getYear() + " của " + unit.inSentence()
						+ "; phân công nhiệm vụ các thành viên Ban Chỉ đạo.",
				sourceId);
	}

	private void decision(long id, long committeeId, String type, String issuer, String numberSymbol,
			LocalDate signedOn, String signer, String summary) {
		out.decision(id, committeeId, type, issuer, numberSymbol, signedOn, signer, summary, sourceId);
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
