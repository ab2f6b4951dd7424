package vn.registry.committee;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.registry.decision.Decision;
import vn.registry.model.BaseEntity;

/**
 * What a committee was from the day a decision took effect: the facts that change over time, kept
 * so that its page as of any date shows those in force then. Written by the committee itself.
 */
@Entity
@Table(name = "committee_state")
class CommitteeState extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "committee_id", nullable = false, updatable = false)
	private Committee committee;

	@Column(name = "decision_id", updatable = false)
	private Long decisionId;

	@Column(name = "valid_from", updatable = false)
	private LocalDate validFrom;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(name = "declared_member_count", updatable = false)
	private Integer declaredMemberCount;

	@Column(name = "unlisted_member_count", updatable = false)
	private Integer unlistedMemberCount;

	@Column(name = "unlisted_member_note", updatable = false)
	private String unlistedMemberNote;

	@Column(name = "standing_agency", updatable = false)
	private String standingAgency;

	@Column(updatable = false)
	private String functions;

	@Column(name = "working_rules", updatable = false)
	private String workingRules;

	@Column(updatable = false)
	private String seals;

	@Column(name = "part_time_work", updatable = false)
	private String partTimeWork;

	@Column(updatable = false)
	private String funding;

	@Column(name = "meeting_cadence", updatable = false)
	private String meetingCadence;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, updatable = false)
	private List<String> tasks;

	boolean writtenBy(Decision decision) {
		return decisionId != null && decisionId.equals(decision.getId());
	}

	/** Puts these facts back on the committee: the state before a decision entered by mistake. */
	void restore(Committee committee) {
		committee.restore(name, declaredMemberCount, unlistedMemberCount, unlistedMemberNote, standingAgency, functions,
				new WorkingRules(workingRules, seals, partTimeWork, funding, meetingCadence), tasks);
	}

	protected CommitteeState() {
	}

	CommitteeState(Committee committee, Long decisionId, LocalDate validFrom, String name, Integer declaredMemberCount,
			Integer unlistedMemberCount, String unlistedMemberNote, String standingAgency, String functions,
			WorkingRules rules, List<String> tasks) {
		this.committee = committee;
		this.decisionId = decisionId;
		this.validFrom = validFrom;
		this.name = name;
		this.declaredMemberCount = declaredMemberCount;
		this.unlistedMemberCount = unlistedMemberCount;
		this.unlistedMemberNote = unlistedMemberNote;
		this.standingAgency = standingAgency;
		this.functions = functions;
		this.workingRules = rules.rules();
		this.seals = rules.seals();
		this.partTimeWork = rules.partTimeWork();
		this.funding = rules.funding();
		this.meetingCadence = rules.meetingCadence();
		this.tasks = List.copyOf(tasks);
	}

}
