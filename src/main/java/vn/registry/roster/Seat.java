package vn.registry.roster;

import java.time.LocalDate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.registry.committee.Committee;
import vn.registry.committee.WorkingGroup;
import vn.registry.decision.Decision;
import vn.registry.model.BaseEntity;

/**
 * A seat on a committee, or on its working group: a role held by a post and, where the decision
 * names one, a person. A seat starts and ends with decisions; an ended seat is kept as history.
 */
@Entity
@Table(name = "seat")
public class Seat extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "committee_id", nullable = false, updatable = false)
	private Committee committee;

	/** A new group is saved with its first seat (the committee's seats are saved before its groups). */
	@ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "working_group_id", updatable = false)
	private WorkingGroup workingGroup;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "role_id", nullable = false)
	private Role role;

	@Column(name = "full_name")
	private String fullName;

	private String position;

	private String agency;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "appointed_by_decision_id")
	private Decision appointedBy;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "ended_by_decision_id")
	private Decision endedBy;

	@Column(name = "start_on")
	private LocalDate startOn;

	@Column(name = "end_on")
	private LocalDate endOn;

	@Column(name = "source_id")
	private Long sourceId;

	@Version
	private long version;

	protected Seat() {
	}

	public Seat(Committee committee, WorkingGroup workingGroup, Role role, SeatHolder holder, int sortOrder,
			Decision appointedBy, LocalDate startOn) {
		this.committee = committee;
		this.workingGroup = workingGroup;
		this.role = role;
		this.sortOrder = sortOrder;
		this.appointedBy = appointedBy;
		this.startOn = startOn;
		this.sourceId = appointedBy == null ? null : appointedBy.getSourceId();
		correct(holder);
	}

	/** Ends the seat: it stays in the history, no longer in the current roster. */
	public void end(Decision decision, LocalDate on) {
		if (!isServing()) {
			throw new IllegalStateException("Seat " + getId() + " has already ended");
		}
		if (startOn != null && on != null && on.isBefore(startOn)) {
			throw new vn.registry.committee.RosterRuleException("signedOn", "roster.error.endsBeforeStart");
		}
		this.endedBy = decision;
		this.endOn = on;
	}

	/** True when this decision started the seat. */
	public boolean startedBy(Decision decision) {
		return appointedBy != null && appointedBy.getId().equals(decision.getId());
	}

	/** True when this decision ended the seat. */
	public boolean endedBy(Decision decision) {
		return endedBy != null && endedBy.getId().equals(decision.getId());
	}

	/** Undoes an end: the decision that ended the seat was entered by mistake. */
	public void reopen() {
		this.endedBy = null;
		this.endOn = null;
	}

	/** Corrects a typing slip: the same seat, not a change of member. */
	public void correct(SeatHolder holder) {
		this.fullName = holder.fullName();
		this.position = holder.position();
		this.agency = holder.agency();
	}

	public boolean isServing() {
		return endOn == null;
	}

	public SeatHolder holder() {
		return new SeatHolder(fullName, position, agency);
	}

	public Committee getCommittee() {
		return committee;
	}

	public WorkingGroup getWorkingGroup() {
		return workingGroup;
	}

	public Role getRole() {
		return role;
	}

	public String getFullName() {
		return fullName;
	}

	public String getPosition() {
		return position;
	}

	public String getAgency() {
		return agency;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public long getVersion() {
		return version;
	}

}
