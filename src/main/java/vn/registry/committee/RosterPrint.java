package vn.registry.committee;

import java.time.LocalDate;
import java.util.List;

import vn.registry.decision.DecisionSummary;

/**
 * What a printed roster says above the table: the decisions in force on the date it is printed as
 * of (those known to have been signed or adopted by then, and those whose date no source gives),
 * and the day it was printed, in Vietnam.
 */
public record RosterPrint(List<DecisionSummary> decisions, LocalDate asOf, LocalDate printedOn) {

	static RosterPrint of(CommitteeDetail committee, LocalDate printedOn) {
		LocalDate asOf = committee.asOf();
		List<DecisionSummary> inForce = committee.decisions().stream().filter(d -> {
			LocalDate known = d.signedOn() != null ? d.signedOn() : d.adoptedOn();
			return known == null || !known.isAfter(asOf);
		}).toList();
		return new RosterPrint(inForce, asOf, printedOn);
	}

}
