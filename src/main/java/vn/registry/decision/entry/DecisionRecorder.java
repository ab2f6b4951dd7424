package vn.registry.decision.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import tools.jackson.databind.json.JsonMapper;

import vn.registry.committee.Committee;
import vn.registry.committee.CommitteeTask;
import vn.registry.committee.Committees;
import vn.registry.committee.WorkingGroup;
import vn.registry.decision.Decision;
import vn.registry.decision.DecisionType;
import vn.registry.decision.Decisions;
import vn.registry.locality.AdministrativeUnits;
import vn.registry.roster.Roles;
import vn.registry.roster.Seat;
import vn.registry.system.AuditUser;
import vn.registry.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a decision and applies it to its committee in one transaction: all of it, or nothing.
 * What changed is stored with the decision for the confirmation page.
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

	private final JsonMapper json;

	private final Clock clock;

	DecisionRecorder(Decisions decisions, Committees committees, AdministrativeUnits units, Roles roles,
			EntityManager entityManager, AuditUser auditUser, DecisionFiles files, JsonMapper json, Clock clock) {
		this.decisions = decisions;
		this.committees = committees;
		this.units = units;
		this.roles = roles;
		this.entityManager = entityManager;
		this.auditUser = auditUser;
		this.files = files;
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
	 */
	@Transactional
	public long record(DecisionForm form, String username) {
		auditUser.name(username);
		Committee committee = form.establishes() ? newCommittee(form) : existingCommittee(form);
		Decision decision = new Decision(committee, form.getType(), form.getSubmissionId(), username, clock.instant());
		decision.describe(form.getNumberSymbol().strip(), form.getSignedOn(), form.getIssuer().strip(),
				form.getSigner().strip(), form.getSummary().strip(), form.getEffectiveOn(), blankToNull(form.getSourceNote()));
		decisions.save(decision);
		Map<String, Object> changes = apply(form, committee, decision);
		decision.recordChanges(json.writeValueAsString(changes));
		if (form.getPdfToken() != null) {
			DecisionFiles.Stored pdf = files.keep(form.getPdfToken());
			decision.attachPdf(pdf.file(), form.getPdfName(), pdf.size());
		}
		entityManager.flush();
		return decision.getId();
	}

	private Committee newCommittee(DecisionForm form) {
		Committee committee = new Committee(form.getName().strip(),
				units.findById(form.getUnitId()).orElseThrow(NotFoundException::new),
				blankToNull(form.getStandingAgency()), blankToNull(form.getFunctions()), form.getDeclaredMemberCount());
		committee.replaceTasks(form.filledTasks());
		return committees.save(committee);
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

	private Map<String, Object> apply(DecisionForm form, Committee committee, Decision decision) {
		LocalDate on = decision.takesEffectOn();
		Changes changes = new Changes();
		DecisionType type = form.getType();
		switch (type) {
			case ESTABLISH -> {
				changes.added(addSeats(committee, null, form.filledSeats(), decision, on));
				if (form.isWorkingGroupIncluded()) {
					WorkingGroup group = committee.addWorkingGroup(new WorkingGroup(committee,
							form.getWorkingGroupName().strip(), blankToNull(form.getWorkingGroupHost()),
							form.getWorkingGroupDeclaredCount(), decision));
					entityManager.persist(group); // before its seats, which refer to it

					changes.added(addSeats(committee, group, form.filledWorkingGroupSeats(), decision, on));
				}
				changes.tasks(List.of(), form.filledTasks());
			}
			case CONSOLIDATE -> {
				changes.ended(committee.endSeats(decision, on));
				committee.setDeclaredMemberCount(form.getDeclaredMemberCount());
				entityManager.flush(); // old seats end before new ones start (one head at a time)
				changes.added(addSeats(committee, null, form.filledSeats(), decision, on));
			}
			case CHANGE_MEMBERS -> new MemberChanges(committee, decision, on, roles, entityManager)
				.apply(form.getSeats(), changes);
			case RENAME -> {
				String before = committee.getName();
				committee.rename(form.getName().strip(), decision);
				changes.name(before, committee.getName());
			}
			case AMEND_TASKS -> {
				List<String> before = committee.getTasks().stream().map(CommitteeTask::getText).toList();
				committee.replaceTasks(form.filledTasks());
				changes.tasks(before, form.filledTasks());
			}
			case ADOPT_RULES -> committee.adoptRules(blankToNull(form.getWorkingRules()), blankToNull(form.getSeals()),
					blankToNull(form.getPartTimeWork()), blankToNull(form.getFunding()),
					blankToNull(form.getMeetingCadence()));
			case DISSOLVE -> changes.ended(committee.dissolve(decision, on));
		}
		return changes.toMap();
	}

	private List<Seat> addSeats(Committee committee, WorkingGroup group, List<SeatRow> rows, Decision decision,
			LocalDate on) {
		List<Seat> added = new ArrayList<>();
		int order = 1;
		for (SeatRow row : rows) {
			added.add(committee.addSeat(new Seat(committee, group, roles.getReferenceById(row.getRoleId()),
					row.holder(), order++, decision, on)));
		}
		return added;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** What a decision changed, as the confirmation page shows it. */
	static final class Changes {

		private final Map<String, Object> map = new LinkedHashMap<>();

		void added(List<Seat> seats) {
			list("added").addAll(seats.stream().map(Changes::describe).toList());
		}

		void ended(List<Seat> seats) {
			list("ended").addAll(seats.stream().map(Changes::describe).toList());
		}

		void changed(Seat seat, String before) {
			list("changed").add(Map.of("role", seat.getRole().getName(), "before", before, "after", describe(seat).get("holder")));
		}

		void name(String before, String after) {
			map.put("name", Map.of("before", before, "after", after));
		}

		void tasks(List<String> before, List<String> after) {
			map.put("tasks", Map.of("before", before, "after", after));
		}

		@SuppressWarnings("unchecked")
		private List<Object> list(String key) {
			return (List<Object>) map.computeIfAbsent(key, k -> new ArrayList<>());
		}

		static Map<String, Object> describe(Seat seat) {
			return Map.of("role", seat.getRole().getName(), "holder", holder(seat));
		}

		static String holder(Seat seat) {
			List<String> parts = new ArrayList<>();
			for (String part : new String[] { seat.getFullName(), seat.getPosition(), seat.getAgency() }) {
				if (part != null) {
					parts.add(part);
				}
			}
			return String.join(", ", parts);
		}

		Map<String, Object> toMap() {
			return map;
		}

	}

}
