package vn.registry.committee;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.registry.decision.Decision;
import vn.registry.model.BaseEntity;

/** The working group (Tổ giúp việc, Tổ công tác) that supports a committee. */
@Entity
@Table(name = "working_group")
public class WorkingGroup extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "committee_id", nullable = false, updatable = false)
	private Committee committee;

	@Column(nullable = false)
	private String name;

	@Column(name = "host_agency")
	private String hostAgency;

	@Column(name = "declared_member_count")
	private Integer declaredMemberCount;

	private String tasks;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "establishing_decision_id")
	private Decision establishingDecision;

	@Column(name = "source_id")
	private Long sourceId;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Column(name = "ended_by_decision_id")
	private Long endedByDecisionId;

	@Version
	private long version;

	protected WorkingGroup() {
	}

	public WorkingGroup(Committee committee, String name, String hostAgency, Integer declaredMemberCount,
			Decision establishingDecision) {
		this.committee = committee;
		this.name = name;
		this.hostAgency = hostAgency;
		this.declaredMemberCount = declaredMemberCount;
		this.establishingDecision = establishingDecision;
	}

	/** The group stops (a consolidation replaced or ended it); its seats end with it, by the committee. */
	void end(Decision decision, LocalDate on) {
		this.endedOn = on;
		this.endedByDecisionId = decision == null ? null : decision.getId();
	}

	boolean establishedBy(Decision decision) {
		return establishingDecision != null && establishingDecision.getId().equals(decision.getId());
	}

	boolean endedBy(Decision decision) {
		return endedByDecisionId != null && endedByDecisionId.equals(decision.getId());
	}

	void reopen() {
		this.endedOn = null;
		this.endedByDecisionId = null;
	}

	public boolean isServing() {
		return endedOn == null;
	}

	public Committee getCommittee() {
		return committee;
	}

	public String getName() {
		return name;
	}

	public String getHostAgency() {
		return hostAgency;
	}

	public Integer getDeclaredMemberCount() {
		return declaredMemberCount;
	}

}
