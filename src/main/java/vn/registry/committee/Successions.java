package vn.registry.committee;

import vn.registry.system.AuditUser;
import vn.registry.system.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a successor committee after the fact, in the change log like every change. */
@Service
class Successions {

	private final Committees committees;

	private final AuditUser auditUser;

	Successions(Committees committees, AuditUser auditUser) {
		this.committees = committees;
		this.auditUser = auditUser;
	}

	@Transactional(readOnly = true)
	Committee get(long id) {
		return committees.findById(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when the committee changed since the form was opened
	 * @throws RosterRuleException when it no longer works, or the successor is itself
	 */
	@Transactional
	void record(long committeeId, SuccessorForm form, String username) {
		Committee committee = get(committeeId);
		if (form.getVersion() == null || form.getVersion() != committee.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Committee.class, committeeId);
		}
		Committee successor = committees.findById(form.getSuccessorId())
			.orElseThrow(() -> new RosterRuleException("successorId", "successor.error.required"));
		auditUser.name(username);
		committee.replaceBy(successor, null, form.getEffectiveOn());
		committees.flush();
	}

}
