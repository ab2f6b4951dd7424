package vn.registry.decision.entry;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.registry.committee.Committees;
import vn.registry.decision.DecisionType;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What is allowed but unusual, and worth a second look before saving: a decision signed before 2000,
 * a member named by one word, a second active committee for the same unit, more members listed than
 * the decision declares. None blocks; the clerk confirms once, and the warnings are kept with the
 * decision.
 */
@Component
class PlausibilityChecks {

	static final int EARLIEST_LIKELY_YEAR = 2000;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Committees committees;

	PlausibilityChecks(Committees committees) {
		this.committees = committees;
	}

	List<MessageSourceResolvable> warnings(DecisionForm form) {
		List<MessageSourceResolvable> warnings = new ArrayList<>();
		if (form.getSignedOn() != null && form.getSignedOn().getYear() < EARLIEST_LIKELY_YEAR) {
			warnings.add(warning("decision.warning.old", DATE.format(form.getSignedOn())));
		}
		for (SeatRow row : concat(form.filledSeats(), form.filledWorkingGroupSeats())) {
			String name = row.holder().fullName();
			if (name != null && !name.contains(" ")) {
				warnings.add(warning("decision.warning.oneWordName", name));
			}
		}
		if (form.getType() == DecisionType.ESTABLISH && form.getUnitId() != null) {
			// One the decision replaces is no second committee.
			committees.findActiveOfUnit(form.getUnitId()).stream()
				.filter(committee -> !form.getReplacedCommitteeIds().contains(committee.getId()))
				.forEach(committee -> warnings.add(warning("decision.warning.secondCommittee", committee.getName())));
		}
		long listed = form.filledSeats().stream().filter(row -> !row.isRemove()).count();
		if (form.getType().setsRoster() && form.getDeclaredMemberCount() != null && listed > form.getDeclaredMemberCount()) {
			warnings.add(warning("decision.warning.moreThanDeclared", String.valueOf(listed),
					String.valueOf(form.getDeclaredMemberCount())));
		}
		return warnings;
	}

	private static List<SeatRow> concat(List<SeatRow> a, List<SeatRow> b) {
		List<SeatRow> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static MessageSourceResolvable warning(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args);
	}

}
