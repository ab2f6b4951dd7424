package vn.registry.roster;

import vn.registry.system.AuditUser;
import vn.registry.system.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrections of seats, recorded in the change log like every change. */
@Service
class SeatCorrections {

	private final Seats seats;

	private final AuditUser auditUser;

	SeatCorrections(Seats seats, AuditUser auditUser) {
		this.seats = seats;
		this.auditUser = auditUser;
	}

	@Transactional(readOnly = true)
	SeatCorrectionForm start(long seatId) {
		Seat seat = seats.findById(seatId).orElseThrow(NotFoundException::new);
		SeatCorrectionForm form = new SeatCorrectionForm();
		form.setVersion(seat.getVersion());
		form.setFullName(seat.getFullName());
		form.setPosition(seat.getPosition());
		form.setAgency(seat.getAgency());
		return form;
	}

	@Transactional(readOnly = true)
	long committeeOf(long seatId) {
		return seats.findById(seatId).orElseThrow(NotFoundException::new).getCommittee().getId();
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when someone else changed the seat since the form was opened
	 */
	@Transactional
	long correct(long seatId, SeatCorrectionForm form, String username) {
		Seat seat = seats.findById(seatId).orElseThrow(NotFoundException::new);
		if (form.getVersion() == null || form.getVersion() != seat.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Seat.class, seatId);
		}
		auditUser.name(username);
		seat.correct(form.holder());
		seats.flush();
		return seat.getCommittee().getId();
	}

}
