package vn.registry.committee;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.registry.decision.Decision;
import vn.registry.model.BaseEntity;

/** That a committee was replaced by another (thay thế), from a day, by a decision where one names it. */
@Entity
@Table(name = "committee_succession")
class CommitteeSuccession extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "committee_id", nullable = false, updatable = false)
	private Committee committee;

	@Column(name = "successor_id", nullable = false, updatable = false)
	private long successorId;

	@Column(name = "decision_id", updatable = false)
	private Long decisionId;

	@Column(name = "effective_on", nullable = false, updatable = false)
	private LocalDate effectiveOn;

	boolean namedBy(Decision decision) {
		return decisionId != null && decisionId.equals(decision.getId());
	}

	protected CommitteeSuccession() {
	}

	CommitteeSuccession(Committee committee, long successorId, Long decisionId, LocalDate effectiveOn) {
		this.committee = committee;
		this.successorId = successorId;
		this.decisionId = decisionId;
		this.effectiveOn = effectiveOn;
	}

}
