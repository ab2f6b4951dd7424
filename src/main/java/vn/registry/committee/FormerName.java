package vn.registry.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.registry.decision.Decision;
import vn.registry.model.BaseEntity;

/** A name a committee had before a rename decision. */
@Entity
@Table(name = "committee_former_name")
public class FormerName extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "committee_id", nullable = false, updatable = false)
	private Committee committee;

	@Column(nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "replaced_by_decision_id")
	private Decision replacedBy;

	protected FormerName() {
	}

	FormerName(Committee committee, String name, Decision replacedBy) {
		this.committee = committee;
		this.name = name;
		this.replacedBy = replacedBy;
	}

	boolean replacedBy(Decision decision) {
		return replacedBy != null && replacedBy.getId().equals(decision.getId());
	}

	public String getName() {
		return name;
	}

}
