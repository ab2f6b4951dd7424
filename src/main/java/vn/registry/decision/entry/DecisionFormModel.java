package vn.registry.decision.entry;

import java.util.List;

import vn.registry.committee.Committee;
import vn.registry.committee.CommitteeTask;
import vn.registry.committee.Committees;
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

	DecisionFormModel(Roles roles, Localities localities, Committees committees) {
		this.roles = roles;
		this.localities = localities;
		this.committees = committees;
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
			}
			case AMEND_TASKS -> {
				committee.getTasks().stream().map(CommitteeTask::getText).forEach(form.getTasks()::add);
				form.getTasks().add("");
			}
			case ADOPT_RULES -> {
				form.setWorkingRules(committee.getWorkingRules());
				form.setSeals(committee.getSeals());
				form.setPartTimeWork(committee.getPartTimeWork());
				form.setFunding(committee.getFunding());
				form.setMeetingCadence(committee.getMeetingCadence());
			}
			default -> {
			}
		}
		return form;
	}

	/** Without JavaScript the unit is typed, not picked: a single match is taken as the choice. */
	void resolveUnit(DecisionForm form) {
		if (form.establishes() && form.getUnitId() == null) {
			List<UnitOption> matches = localities.search(form.getUnitQuery(), 2);
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
		if (form.establishes() && form.getUnitId() == null) {
			model.addAttribute("unitChoices", localities.search(form.getUnitQuery(), UNIT_CHOICES));
		}
		return DecisionEntryController.FORM_VIEW;
	}

}
