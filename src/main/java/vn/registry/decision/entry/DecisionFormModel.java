package vn.registry.decision.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import vn.registry.committee.Committee;
import vn.registry.committee.Committees;
import vn.registry.committee.WorkingRules;
import vn.registry.decision.DecisionNumber;
import vn.registry.decision.DecisionType;
import vn.registry.locality.Localities;
import vn.registry.locality.UnitOption;
import vn.registry.roster.RoleScope;
import vn.registry.roster.Roles;
import vn.registry.roster.Seat;
import vn.registry.system.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** Prepares decision forms: blank, or starting from a committee's current state; and what the page needs. */
@Component
class DecisionFormModel {

	private static final int UNIT_CHOICES = 20;

	private final Roles roles;

	private final Localities localities;

	private final Committees committees;

	private final ReplacementQueries successions;

	private final Clock clock;

	DecisionFormModel(Roles roles, Localities localities, Committees committees, ReplacementQueries successions,
			Clock clock) {
		this.roles = roles;
		this.localities = localities;
		this.committees = committees;
		this.successions = successions;
		this.clock = clock;
	}

	static DecisionForm blankEstablishment() {
		DecisionForm form = new DecisionForm(DecisionType.ESTABLISH);
		for (int i = 0; i < 3; i++) {
			form.getSeats().add(new SeatRow());
		}
		form.getTasks().add("");
		form.getWorkingGroupSeats().add(new SeatRow());
		return form;
	}

	/** A form for a decision on an existing committee, filled with what the decision starts from. */
	@Transactional(readOnly = true)
	public DecisionForm startingFrom(long committeeId, DecisionType type) {
		Committee committee = committees.findById(committeeId).orElseThrow(NotFoundException::new);
		DecisionForm form = new DecisionForm(type);
		form.setCommitteeId(committee.getId());
		form.setCommitteeVersion(committee.getVersion());
		switch (type) {
			case CONSOLIDATE, CHANGE_MEMBERS -> {
				for (Seat seat : committee.servingSeats()) {
					form.getSeats().add(new SeatRow(type == DecisionType.CHANGE_MEMBERS ? seat.getId() : null,
							seat.getRole().getId(), seat.getFullName(), seat.getPosition(), seat.getAgency()));
				}
				if (type == DecisionType.CHANGE_MEMBERS) {
					form.getSeats().add(new SeatRow());
				}
				startingGroup(committee, form);
			}
			case AMEND_TASKS -> {
				form.getTasks().addAll(committee.taskTexts());
				form.getTasks().add("");
			}
			case ADOPT_RULES -> {
				WorkingRules rules = committee.workingRules();
				form.setWorkingRules(rules.rules());
				form.setSeals(rules.seals());
				form.setPartTimeWork(rules.partTimeWork());
				form.setFunding(rules.funding());
				form.setMeetingCadence(rules.meetingCadence());
			}
			default -> {
			}
		}
		return form;
	}

	/** The working group's rows as they are: kept unless the clerk chooses to replace or end it. */
	private static void startingGroup(Committee committee, DecisionForm form) {
		committee.servingGroup().ifPresent(group -> {
			form.setWorkingGroupName(group.getName());
			form.setWorkingGroupHost(group.getHostAgency());
			form.setWorkingGroupDeclaredCount(group.getDeclaredMemberCount());
			for (Seat seat : committee.servingSeatsOf(group)) {
				form.getWorkingGroupSeats().add(new SeatRow(null, seat.getRole().getId(), seat.getFullName(),
						seat.getPosition(), seat.getAgency()));
			}
		});
		form.getWorkingGroupSeats().add(new SeatRow());
	}

	/**
	 * Without JavaScript the unit is typed, not picked: a single match among the units that existed on
	 * the decision's date is taken as the choice.
	 */
	void resolveUnit(DecisionForm form) {
		if (form.establishes() && form.getUnitId() == null) {
			List<UnitOption> matches = localities.search(form.getUnitQuery(), unitsDay(form), 2);
			if (matches.size() == 1) {
				form.setUnitId(matches.get(0).id());
				form.setUnitQuery(matches.get(0).label());
			}
		}
	}

	String show(DecisionForm form, Committee committee, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("committee", committee);
		model.addAttribute("committeeRoles", roles.findByScopeOrderByRank(RoleScope.COMMITTEE));
		model.addAttribute("groupRoles", roles.findByScopeOrderByRank(RoleScope.WORKING_GROUP));
		model.addAttribute("numberPattern", DecisionNumber.PATTERN);
		model.addAttribute("groupChanges", vn.registry.committee.GroupPlan.Kind.values());
		if (form.establishes()) {
			LocalDate day = unitsDay(form);
			model.addAttribute("unitsDay", day);
			if (form.getUnitId() == null) {
				model.addAttribute("unitChoices", localities.search(form.getUnitQuery(), day, UNIT_CHOICES));
			}
			model.addAttribute("replaceChoices", successions.candidates(form.getUnitId(), form.getReplacesQuery(),
					form.getReplacedCommitteeIds()));
		}
		return DecisionEntryController.FORM_VIEW;
	}

	/** The units offered are those of the decision's date: today's without one. */
	private LocalDate unitsDay(DecisionForm form) {
		return form.getSignedOn() != null ? form.getSignedOn() : LocalDate.now(clock);
	}

}
