package vn.registry.decision.entry;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import vn.registry.committee.Committee;
import vn.registry.committee.Committees;
import vn.registry.decision.Decision;
import vn.registry.decision.Decisions;
import vn.registry.system.AuditUser;
import vn.registry.system.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annuls a decision entered by mistake (nhập nhầm): the decision stays, marked with who, when and
 * why; its committee (and the committees it replaced) undo what it did. Only a committee's newest
 * decision in force may be annulled, so that undoing goes back in the order things were entered.
 */
@Service
class Annulments {

	enum Outcome {
		DONE, NOT_LATEST, ALREADY
	}

	private final Decisions decisions;

	private final Committees committees;

	private final EntityManager entityManager;

	private final AuditUser auditUser;

	private final Clock clock;

	Annulments(Decisions decisions, Committees committees, EntityManager entityManager, AuditUser auditUser, Clock clock) {
		this.decisions = decisions;
		this.committees = committees;
		this.entityManager = entityManager;
		this.auditUser = auditUser;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Decision get(long id) {
		return decisions.findById(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when the decision changed since the form was opened
	 */
	@Transactional
	Outcome annul(long id, long version, String reason, String username) {
		Decision decision = get(id);
		if (decision.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Decision.class, id);
		}
		if (decision.isAnnulled()) {
			return Outcome.ALREADY;
		}
		Committee committee = decision.getCommittee();
		if (!decisions.findLatestInForce(committee.getId()).map(latest -> latest == id).orElse(false)) {
			return Outcome.NOT_LATEST;
		}
		auditUser.name(username);
		entityManager.lock(committee, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		for (Long replaced : decisions.findCommitteesReplacedBy(id)) {
			Committee predecessor = committees.findById(replaced).orElseThrow(NotFoundException::new);
			entityManager.lock(predecessor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
			predecessor.annulReplacement(decision);
		}
		committee.annul(decision);
		decision.annul(reason.strip(), username, clock.instant());
		entityManager.flush();
		return Outcome.DONE;
	}

}
