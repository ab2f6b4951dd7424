package vn.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.registry.demo.Posts.Post;

/**
 * One demo committee's seats over time: on its roster and its working group. A replacement ends a
 * seat (end date and ending decision) and starts a successor on the same post and place in the
 * list, as a consolidation decision does. About one seat in seven names only its post.
 */
final class Roster {

	private static final class Seat {

		long id;

		String role;

		Post post;

		String name;

		int order;

		Long groupId;

		LocalDate start;

		long appointedBy;

		LocalDate end;

		Long endedBy;

		boolean serving() {
			return end == null;
		}

	}

	private final long committeeId;

	private final DemoIds ids;

	private final SplittableRandom random;

	private final List<Seat> seats = new ArrayList<>();

	private int committeeOrder;

	Roster(long committeeId, DemoIds ids, SplittableRandom random) {
		this.committeeId = committeeId;
		this.ids = ids;
		this.random = random;
	}

	void start(LocalDate on, long decision, String role, Post post) {
		add(role, post, ++committeeOrder, null, on, decision);
	}

	/** Seats a working group: a leader, one or two deputies and four to nine members; returns its size. */
	int workingGroup(long groupId, LocalDate on, long decision, DemoUnit unit, List<Post> memberPosts) {
		int order = 0;
		add("TO_TRUONG", Posts.groupLeader(unit), ++order, groupId, on, decision);
		int deputies = 1 + random.nextInt(2);
		for (int i = 0; i < deputies; i++) {
			add("TO_PHO", Posts.groupDeputy(unit, i), ++order, groupId, on, decision);
		}
		int members = 4 + random.nextInt(6);
		for (int i = 0; i < members; i++) {
			String agency = memberPosts.get((i * 3) % memberPosts.size()).agency();
			add("THANH_VIEN", Posts.groupMember(unit, i, agency), ++order, groupId, on, decision);
		}
		return order;
	}

	/** A consolidation: each serving seat of the committee is replaced with the given chance (in percent). */
	void replace(LocalDate on, long decision, int headPercent, int otherPercent) {
		for (Seat seat : List.copyOf(seats)) {
			int percent = seat.role.equals("TRUONG_BAN") ? headPercent : otherPercent;
			if (seat.serving() && seat.groupId == null && random.nextInt(100) < percent) {
				succeed(seat, on, decision);
			}
		}
	}

	/** A change of members: {@code count} serving members of the committee are replaced. */
	void replaceMembers(LocalDate on, long decision, int count) {
		List<Seat> members = seats.stream()
			.filter(seat -> seat.serving() && seat.groupId == null && seat.role.equals("UY_VIEN"))
			.toList();
		for (int i = 0; i < count && !members.isEmpty(); i++) {
			Seat seat = members.get(random.nextInt(members.size()));
			if (seat.serving()) {
				succeed(seat, on, decision);
			}
		}
	}

	/** The committee stopped: every serving seat, on it and on its working group, ends on {@code on}. */
	void endAll(LocalDate on, long decision) {
		for (Seat seat : seats) {
			if (seat.serving()) {
				seat.end = on;
				seat.endedBy = decision;
			}
		}
	}

	/** The serving head's name, which signs the people's committee's decisions; null when not stated. */
	String headName() {
		return head().name;
	}

	/** Who chaired a meeting on {@code date}: the head then serving. */
	String chairOn(LocalDate date) {
		Seat head = seats.stream()
			.filter(seat -> seat.role.equals("TRUONG_BAN") && !seat.start.isAfter(date)
					&& (seat.end == null || seat.end.isAfter(date)))
			.findFirst()
			.orElse(head());
		return head.name == null ? head.post.position() : head.name + ", " + head.post.position();
	}

	/** Serving seats on the committee itself. */
	int serving() {
		return (int) seats.stream().filter(seat -> seat.serving() && seat.groupId == null).count();
	}

	void writeTo(CopyTable table, Map<String, Long> roleIds, long sourceId) {
		for (Seat seat : seats) {
			table.add(seat.id, committeeId, seat.groupId, roleIds.get(seat.role), seat.name, seat.post.position(),
					seat.post.agency(), seat.order, seat.appointedBy, seat.endedBy, seat.start, seat.end, sourceId);
		}
	}

	private Seat head() {
		return seats.stream()
			.filter(seat -> seat.role.equals("TRUONG_BAN") && seat.serving())
			.findFirst()
			.orElseThrow();
	}

	private void succeed(Seat seat, LocalDate on, long decision) {
		seat.end = on;
		seat.endedBy = decision;
		add(seat.role, seat.post, seat.order, seat.groupId, on, decision);
	}

	private void add(String role, Post post, int order, Long groupId, LocalDate on, long decision) {
		Seat seat = new Seat();
		seat.id = ids.seat();
		seat.role = role;
		seat.post = post;
		seat.name = random.nextInt(100) < 86 ? Names.next(random) : null;
		seat.order = order;
		seat.groupId = groupId;
		seat.start = on;
		seat.appointedBy = decision;
		seats.add(seat);
	}

}
