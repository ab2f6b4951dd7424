package vn.registry.decision.entry;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.registry.committee.Committees;
import vn.registry.decision.DecisionType;
import vn.registry.decision.Decisions;
import vn.registry.roster.Role;
import vn.registry.roster.RoleScope;
import vn.registry.roster.Roles;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of a decision that span fields or need the database. Field-level rules (required,
 * lengths, dates) are annotations on {@link DecisionForm}.
 */
@Component
class DecisionFormValidator {

	/** "4268/QĐ-UBND", "12/2021/QĐ-UBND", "701/QĐ-TTg", "15/QĐ-BCĐ" (mirrors the CHECK on decision). */
	static final Pattern NUMBER_SYMBOL = Pattern.compile("^[0-9]+(/[0-9]{4})?/[A-ZĐ]+(-[A-Za-zĐđ&]+)+$");

	private final Decisions decisions;

	private final Committees committees;

	private final Roles roles;

	DecisionFormValidator(Decisions decisions, Committees committees, Roles roles) {
		this.decisions = decisions;
		this.committees = committees;
		this.roles = roles;
	}

	void validate(DecisionForm form, Errors errors) {
		validateDecision(form, errors);
		DecisionType type = form.getType();
		if (type == DecisionType.ESTABLISH) {
			validateNewCommittee(form, errors);
		}
		if (type == DecisionType.ESTABLISH || type == DecisionType.CONSOLIDATE) {
			validateRoster(form.getSeats(), "seats", RoleScope.COMMITTEE, errors, true);
		}
		if (type == DecisionType.CHANGE_MEMBERS) {
			validateRoster(form.getSeats().stream().filter(row -> !row.isRemove()).toList(), "seats",
					RoleScope.COMMITTEE, errors, true);
		}
		if (type == DecisionType.ESTABLISH && form.isWorkingGroupIncluded()) {
			required(form.getWorkingGroupName(), "workingGroupName", errors);
			validateRoster(form.getWorkingGroupSeats(), "workingGroupSeats", RoleScope.WORKING_GROUP, errors, true);
		}
		if (type == DecisionType.RENAME) {
			required(form.getName(), "name", errors);
		}
		if (type == DecisionType.AMEND_TASKS && form.filledTasks().isEmpty()) {
			errors.rejectValue("tasks", "decision.error.tasksRequired");
		}
	}

	private void validateDecision(DecisionForm form, Errors errors) {
		String number = form.getNumberSymbol() == null ? null : form.getNumberSymbol().strip();
		if (number != null && !number.isEmpty() && !errors.hasFieldErrors("numberSymbol")) {
			if (!NUMBER_SYMBOL.matcher(number).matches()) {
				errors.rejectValue("numberSymbol", "decision.error.numberFormat");
			}
			else if (form.getIssuer() != null && !form.getIssuer().isBlank()) {
				decisions.findIdByIssuerAndNumber(form.getIssuer().strip(), number)
					.ifPresent(existing -> errors.rejectValue("numberSymbol", "decision.error.numberTaken",
							new Object[] { "/decisions/" + existing }, null));
			}
		}
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
		if (form.getName() != null && !form.getName().isBlank()
				&& !committees.findActiveWithSameName(form.getUnitId(), form.getName().strip()).isEmpty()) {
			errors.rejectValue("name", "committee.error.nameTaken");
		}
	}

	private void validateRoster(List<SeatRow> rows, String field, RoleScope scope, Errors errors, boolean needsHead) {
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
		String headCode = scope == RoleScope.COMMITTEE ? "roster.error.oneHead" : "roster.error.oneGroupLeader";
		if (needsHead && heads != 1) {
			errors.rejectValue(field, headCode);
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
