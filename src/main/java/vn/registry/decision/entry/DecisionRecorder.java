package vn.registry.decision.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import tools.jackson.databind.json.JsonMapper;

import vn.registry.committee.Committee;
import vn.registry.committee.Committees;
import vn.registry.committee.DecisionChanges;
import vn.registry.committee.DecisionChanges.CommitteeLink;
import vn.registry.committee.GroupPlan;
import vn.registry.committee.GroupSpec;
import vn.registry.committee.MemberChange;
import vn.registry.committee.SeatSpec;
import vn.registry.committee.WorkingRules;
import vn.registry.decision.Decision;
import vn.registry.decision.Decisions;
import vn.registry.locality.AdministrativeUnits;
import vn.registry.roster.Roles;
import vn.registry.source.Sources;
import vn.registry.system.AuditUser;
import vn.registry.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a decision in one transaction, all of it or nothing: loads the committee, calls the one
 * intention method of the committee the decision's type stands for, and keeps what it returned
 * with the decision for the confirmation page. The rules are the committee's; this only orchestrates.
 */
@Service
public class DecisionRecorder {

	private final Decisions decisions;

	private final Committees committees;

	private final AdministrativeUnits units;

	private final Roles roles;

	private final EntityManager entityManager;

	private final AuditUser auditUser;

	private final DecisionFiles files;

	private final Sources sources;

	private final JsonMapper json;

	private final Clock clock;

	DecisionRecorder(Decisions decisions, Committees committees, AdministrativeUnits units, Roles roles,
			EntityManager entityManager, AuditUser auditUser, DecisionFiles files, Sources sources, JsonMapper json,
			Clock clock) {
		this.decisions = decisions;
		this.committees = committees;
		this.units = units;
		this.roles = roles;
		this.entityManager = entityManager;
		this.auditUser = auditUser;
		this.files = files;
		this.sources = sources;
		this.json = json;
		this.clock = clock;
	}

	/** The decision an earlier submit of the same form already recorded, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> alreadyRecorded(DecisionForm form) {
		return decisions.findBySubmissionId(form.getSubmissionId()).map(Decision::getId);
	}

	/**
	 * @throws StaleCommitteeException when the committee changed since the form was opened
	 * @throws vn.registry.committee.RosterRuleException when the decision would break a rule of the committee
	 */
	@Transactional
	public long record(DecisionForm form, String username, String confirmedWarnings) {
		auditUser.name(username);
		Committee committee = form.establishes() ? newCommittee(form) : existingCommittee(form);
		Decision decision = new Decision(committee, form.getType(), form.getSubmissionId(), username, clock.instant());
		decision.describe(form.getNumberSymbol(), form.getSignedOn(), blankToNull(form.getIssuer()),
				blankToNull(form.getSigner()), blankToNull(form.getSummary()), form.getEffectiveOn(),
				blankToNull(form.getSourceNote()));
		decision.confirmWarnings(blankToNull(confirmedWarnings));
		if (decision.getSourceNote() != null) {
			long source = sources.fromNote(decision.getSourceNote());
			decision.cite(source);
			sources.cite(committee.getId(), source);
		}
		decisions.save(decision);
		DecisionChanges changes = apply(form, committee, decision);
		decision.recordChanges(json.writeValueAsString(changes));
		if (form.getPdfToken() != null) {
			DecisionFiles.Stored pdf = files.keep(form.getPdfToken());
			decision.attachPdf(pdf.file(), form.getPdfName(), pdf.size());
		}
		entityManager.flush();
		return decision.getId();
	}

	private Committee newCommittee(DecisionForm form) {
		return committees.save(new Committee(form.getName().strip(),
				units.findById(form.getUnitId()).orElseThrow(NotFoundException::new),
				blankToNull(form.getStandingAgency()), blankToNull(form.getFunctions()), form.getDeclaredMemberCount()));
	}

	private Committee existingCommittee(DecisionForm form) {
		Committee committee = committees.findById(form.getCommitteeId()).orElseThrow(NotFoundException::new);
		if (form.getCommitteeVersion() == null || committee.getVersion() != form.getCommitteeVersion()) {
			throw new StaleCommitteeException(committee.getId());
		}
		// Any decision changes the committee, even one that only touches seats: a concurrent one must fail.
		entityManager.lock(committee, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return committee;
	}

	private DecisionChanges apply(DecisionForm form, Committee committee, Decision decision) {
		LocalDate on = decision.takesEffectOn();
		return switch (form.getType()) {
			case ESTABLISH -> committee.establish(decision, on, specs(form.filledSeats()), form.filledTasks(),
					group(form)).withReplaced(replace(form.getReplacedCommitteeIds(), committee, decision, on));
			case CONSOLIDATE -> committee.consolidate(decision, on, form.getDeclaredMemberCount(), specs(form.filledSeats()),
					groupPlan(form));
			case CHANGE_MEMBERS -> committee.changeMembers(decision, on, memberChanges(form.getSeats()), groupPlan(form));
			case RENAME -> committee.rename(decision, on, form.getName().strip());
			case AMEND_TASKS -> committee.setTasks(decision, on, form.filledTasks());
			case ADOPT_RULES -> committee.adoptRules(decision, on, new WorkingRules(blankToNull(form.getWorkingRules()),
					blankToNull(form.getSeals()), blankToNull(form.getPartTimeWork()), blankToNull(form.getFunding()),
					blankToNull(form.getMeetingCadence())));
			case DISSOLVE -> committee.dissolve(decision, on);
		};
	}

	/** The committees the establishment names as replaced end, from the day it takes effect. */
	private List<CommitteeLink> replace(List<Long> ids, Committee successor, Decision decision, LocalDate on) {
		List<CommitteeLink> replaced = new ArrayList<>();
		for (Long id : ids.stream().distinct().toList()) {
			Committee predecessor = committees.findById(id).orElseThrow(NotFoundException::new);
			entityManager.lock(predecessor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
			predecessor.replaceBy(successor, decision, on);
			replaced.add(new CommitteeLink(predecessor.getId(), predecessor.getName()));
		}
		return replaced;
	}

	private GroupPlan groupPlan(DecisionForm form) {
		return switch (form.getWorkingGroupChange()) {
			case KEEP -> GroupPlan.keep();
			case END -> new GroupPlan(GroupPlan.Kind.END, null);
			case REPLACE -> new GroupPlan(GroupPlan.Kind.REPLACE, groupSpec(form));
		};
	}

	private GroupSpec group(DecisionForm form) {
		return form.isWorkingGroupIncluded() ? groupSpec(form) : null;
	}

	private GroupSpec groupSpec(DecisionForm form) {
		return new GroupSpec(form.getWorkingGroupName().strip(), blankToNull(form.getWorkingGroupHost()),
				form.getWorkingGroupDeclaredCount(), specs(form.filledWorkingGroupSeats()));
	}

	private List<SeatSpec> specs(List<SeatRow> rows) {
		return rows.stream().map(row -> new SeatSpec(roles.getReferenceById(row.getRoleId()), row.holder())).toList();
	}

	private List<MemberChange> memberChanges(List<SeatRow> rows) {
		return rows.stream()
			.filter(row -> !row.isBlank())
			.map(row -> new MemberChange(row.getSeatId(), row.getRoleId() == null ? null : roles.getReferenceById(row.getRoleId()),
					row.holder(), row.isRemove()))
			.toList();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
