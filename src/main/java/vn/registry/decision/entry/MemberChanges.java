package vn.registry.decision.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import vn.registry.committee.Committee;
import vn.registry.decision.Decision;
import vn.registry.roster.Role;
import vn.registry.roster.Roles;
import vn.registry.roster.Seat;
import vn.registry.system.NotFoundException;

/**
 * A change of members (Thay đổi thành viên): rows marked for removal end their seat; a serving row
 * whose role or holder was changed is a replacement (the old seat ends, a new one starts in its
 * place); a new row starts a seat. Unchanged rows stay as they are.
 */
final class MemberChanges {

	private final Committee committee;

	private final Decision decision;

	private final LocalDate on;

	private final Roles roles;

	private final EntityManager entityManager;

	MemberChanges(Committee committee, Decision decision, LocalDate on, Roles roles, EntityManager entityManager) {
		this.committee = committee;
		this.decision = decision;
		this.on = on;
		this.roles = roles;
		this.entityManager = entityManager;
	}

	void apply(List<SeatRow> rows, DecisionRecorder.Changes changes) {
		List<Seat> ended = new ArrayList<>();
		List<Runnable> starts = new ArrayList<>();
		int nextOrder = committee.getSeats().stream().mapToInt(Seat::getSortOrder).max().orElse(0) + 1;
		for (SeatRow row : rows) {
			if (row.isBlank()) {
				continue;
			}
			if (row.getSeatId() == null) {
				int order = nextOrder++;
				starts.add(() -> changes.added(List.of(start(row, order))));
				continue;
			}
			Seat seat = serving(row.getSeatId());
			if (row.isRemove()) {
				seat.end(decision, on);
				ended.add(seat);
			}
			else if (!seat.getRole().getId().equals(row.getRoleId()) || !seat.holder().sameAs(row.holder())) {
				String before = DecisionRecorder.Changes.holder(seat);
				seat.end(decision, on);
				starts.add(() -> changes.changed(start(row, seat.getSortOrder()), before));
			}
		}
		changes.ended(ended);
		entityManager.flush(); // seats end before their replacements start
		starts.forEach(Runnable::run);
	}

	private Seat serving(long seatId) {
		return committee.servingSeats()
			.stream()
			.filter(seat -> seat.getId() == seatId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private Seat start(SeatRow row, int order) {
		Role role = roles.getReferenceById(row.getRoleId());
		return committee.addSeat(new Seat(committee, null, role, row.holder(), order, decision, on));
	}

}
