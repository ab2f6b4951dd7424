package vn.registry.decision.entry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.registry.committee.Committees;
import vn.registry.decision.DecisionNumber;
import vn.registry.decision.DecisionType;
import vn.registry.decision.Decisions;
import vn.registry.locality.Localities;
import vn.registry.locality.UnitPeriod;
import vn.registry.roster.Role;
import vn.registry.roster.RoleScope;
import vn.registry.roster.Roles;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of a decision that span fields or need the database: the number's format and
 * duplicates (one {@link DecisionNumber} rule), a unit that existed on the decision's date, the
 * committees an establishment replaces, the roster. Field-level rules (required, lengths, dates)
 * are annotations on {@link DecisionForm}.
 */
@Component
class DecisionFormValidator {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Decisions decisions;

	private final Committees committees;

	private final Roles roles;

	private final Localities localities;

	DecisionFormValidator(Decisions decisions, Committees committees, Roles roles, Localities localities) {
		this.decisions = decisions;
		this.committees = committees;
		this.roles = roles;
		this.localities = localities;
	}

	void validate(DecisionForm form, Errors errors) {
		validateNumber(form, errors);
		validateDates(form, errors);
		DecisionType type = form.getType();
		if (type == DecisionType.ESTABLISH) {
			validateNewCommittee(form, errors);
		}
		else if (type != DecisionType.DISSOLVE && form.getCommitteeId() != null) {
			// A dissolution may still be recorded after the unit ceased: it is how an old committee ends.
			committees.findUnitId(form.getCommitteeId()).flatMap(localities::period)
				.ifPresent(unit -> checkUnitOn(unit, form.getSignedOn(), "signedOn", errors));
		}
		if (type == DecisionType.ESTABLISH || type == DecisionType.CONSOLIDATE) {
			validateRoster(form.getSeats(), "seats", RoleScope.COMMITTEE, errors);
		}
		if (type == DecisionType.CHANGE_MEMBERS) {
			validateRoster(form.getSeats().stream().filter(row -> !row.isRemove()).toList(), "seats",
					RoleScope.COMMITTEE, errors);
		}
		boolean newGroup = type == DecisionType.ESTABLISH ? form.isWorkingGroupIncluded()
				: (type == DecisionType.CONSOLIDATE || type == DecisionType.CHANGE_MEMBERS)
						&& form.getWorkingGroupChange() == vn.registry.committee.GroupPlan.Kind.REPLACE;
		if (newGroup) {
			required(form.getWorkingGroupName(), "workingGroupName", errors);
			validateRoster(form.getWorkingGroupSeats(), "workingGroupSeats", RoleScope.WORKING_GROUP, errors);
		}
		if (type == DecisionType.RENAME) {
			required(form.getName(), "name", errors);
		}
		if (type == DecisionType.AMEND_TASKS && form.filledTasks().isEmpty()) {
			errors.rejectValue("tasks", "decision.error.tasksRequired");
		}
	}

	/** Party ("45-QĐ/TU") or State ("4268/QĐ-UBND") numbering; a duplicate is the same issuer, number and year. */
	private void validateNumber(DecisionForm form, Errors errors) {
		String typed = DecisionNumber.clean(form.getNumberSymbol());
		if (typed.isEmpty() || errors.hasFieldErrors("numberSymbol")) {
			return;
		}
		DecisionNumber number = DecisionNumber.parse(typed).orElse(null);
		if (number == null) {
			errors.rejectValue("numberSymbol", "decision.error.numberFormat");
			return;
		}
		if (form.getIssuer() != null && !form.getIssuer().isBlank() && form.getSignedOn() != null) {
			decisions.findDuplicate(form.getIssuer().strip(), number.key(), form.getSignedOn().getYear())
				.ifPresent(existing -> errors.rejectValue("numberSymbol", "decision.error.numberTaken",
						new Object[] { "/decisions/" + existing, String.valueOf(form.getSignedOn().getYear()) }, null));
		}
	}

	private static void validateDates(DecisionForm form, Errors errors) {
		LocalDate signed = form.getSignedOn();
		LocalDate effective = form.getEffectiveOn();
		if (signed != null && effective != null && effective.isBefore(signed)) {
			errors.rejectValue("effectiveOn", "decision.error.effectiveBeforeSigned");
		}
	}

	private void validateNewCommittee(DecisionForm form, Errors errors) {
		required(form.getName(), "name", errors);
		if (form.getUnitId() == null) {
			if (!errors.hasFieldErrors("unitQuery")) {
				errors.rejectValue("unitQuery", "committee.error.unitRequired");
			}
			return;
		}
		localities.period(form.getUnitId()).ifPresent(unit -> checkUnitOn(unit, form.getSignedOn(), "unitQuery", errors));
		if (form.getName() != null && !form.getName().isBlank()
				&& !committees.findActiveWithSameName(form.getUnitId(), form.getName().strip()).isEmpty()) {
			errors.rejectValue("name", "committee.error.nameTaken");
		}
		List<Long> replaced = form.getReplacedCommitteeIds().stream().distinct().toList();
		if (!replaced.isEmpty()) {
			if (committees.countExisting(replaced) != replaced.size()) {
				errors.rejectValue("replacedCommitteeIds", "committee.error.replacedUnknown");
			}
			committees.findNamesOfInactive(replaced).forEach(name -> errors.rejectValue("replacedCommitteeIds",
					"committee.error.replacedNotActive", new Object[] { name }, null));
		}
	}

	/** No decision for a unit on a day it did not exist: "Huyện Krông Bông không còn từ 01/07/2025; ...". */
	private static void checkUnitOn(UnitPeriod period, LocalDate day, String field, Errors errors) {
		if (day == null || period.existsOn(day) || errors.hasFieldErrors(field) || errors.hasFieldErrors("signedOn")) {
			return;
		}
		if (period.unit().ceasedBy(day)) {
			errors.rejectValue(field, "decision.error.unitCeased", new Object[] { period.unit().fullName(),
					DATE.format(period.unit().ceasedOn()), period.successorNames() }, null);
		}
		else {
			errors.rejectValue(field, "decision.error.unitNotYet",
					new Object[] { period.unit().fullName(), DATE.format(period.unit().validFrom()) }, null);
		}
	}

	private void validateRoster(List<SeatRow> rows, String field, RoleScope scope, Errors errors) {
		Map<Long, Role> rolesById = roles.findByScopeOrderByRank(scope).stream()
			.collect(Collectors.toMap(Role::getId, Function.identity()));
		int heads = 0;
		int standingDeputies = 0;
		Set<String> people = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			SeatRow row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			String path = field + "[" + i + "]";
			Role role = row.getRoleId() == null ? null : rolesById.get(row.getRoleId());
			if (role == null) {
				errors.rejectValue(path + ".roleId", "roster.error.roleRequired");
			}
			else if (role.getCode().equals(scope == RoleScope.COMMITTEE ? Role.HEAD : Role.GROUP_LEADER)) {
				heads++;
			}
			else if (role.getCode().equals(Role.STANDING_DEPUTY)) {
				standingDeputies++;
			}
			if (row.holder().fullName() == null && row.holder().position() == null) {
				errors.rejectValue(path + ".position", "roster.error.nameOrPosition");
			}
			String person = row.holder().fullName();
			if (person != null && !people.add(Folding.fold(person))) {
				errors.rejectValue(path + ".fullName", "roster.error.samePersonTwice");
			}
		}
		if (heads != 1) {
			errors.rejectValue(field, scope == RoleScope.COMMITTEE ? "roster.error.oneHead" : "roster.error.oneGroupLeader");
		}
		if (standingDeputies > 1) {
			errors.rejectValue(field, "roster.error.oneStandingDeputy");
		}
	}

	private static void required(String value, String field, Errors errors) {
		if ((value == null || value.isBlank()) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "form.error.required");
		}
	}

}
