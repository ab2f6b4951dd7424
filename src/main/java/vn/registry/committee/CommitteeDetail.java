package vn.registry.committee;

import java.time.LocalDate;
import java.util.List;

import vn.registry.decision.DecisionSummary;
import vn.registry.locality.UnitRef;
import vn.registry.roster.SeatView;
import vn.registry.source.SourceRef;

/**
 * Everything a committee's page and its JSON show, read in one statement. {@code status} is the
 * stored one; {@link #shownStatus()} is what it was on the day shown ({@code asOf}).
 */
public record CommitteeDetail(long id, String name, boolean notYetEstablished, LocalDate establishedOn,
		Long establishingDecisionId, Long endingDecisionId, CommitteeStatus status, LocalDate endedOn, long version,
		UnitRef unit, UnitRef province, List<UnitRef> unitSuccessors, List<Succession> replacedBy,
		List<Succession> replaces, CommitteeRef parent, String standingAgency, String functions, String workingRules,
		String seals, String partTimeWork, String funding, String meetingCadence, Integer declaredMemberCount,
		Integer unlistedMemberCount, String unlistedMemberNote, LocalDate asOf, List<FormerName> formerNames,
		List<Task> tasks, List<SeatView> seats, List<WorkingGroupView> workingGroups,
		List<DecisionSummary> decisions, List<MeetingView> meetings, List<RelatedDocumentView> relatedDocuments,
		List<SourceRef> sources) {

	/**
	 * The status on the day shown: dissolved or replaced from the day it ended; before that, or if it
	 * never ended, active, or reorganised once its unit had ceased (no decision dissolved it).
	 */
	public CommitteeStatus shownStatus() {
		if (notYetEstablished) {
			return CommitteeStatus.NOT_YET;
		}
		if (status != CommitteeStatus.ACTIVE && (endedOn == null || !endedOn.isAfter(asOf))) {
			return status;
		}
		return CommitteeStatus.ACTIVE.shownOn(asOf, unit.validTo());
	}

	/** True when the page should say that the unit ceased and name what took it over. */
	public boolean unitCeased() {
		return unit.ceasedBy(asOf);
	}

	/** True when the committee had ended (dissolved or replaced) by the day shown. */
	public boolean endedBy() {
		return endedOn != null && !status.isActive() && !endedOn.isAfter(asOf);
	}

	/** Seats the sources name, plus those they only count. */
	public int seatsKnown() {
		return seats.size() + (unlistedMemberCount == null ? 0 : unlistedMemberCount);
	}

	/** True when the decision declares a number of members the listed seats do not add up to. */
	public boolean seatCountDiffers() {
		return !notYetEstablished && declaredMemberCount != null && declaredMemberCount != seatsKnown();
	}

	public record CommitteeRef(long id, String name) {
	}

	/** A committee that replaced this one, or that this one replaced, from a day, by a decision if one named it. */
	public record Succession(long id, String name, LocalDate effectiveOn, Long decisionId) {
	}

	public record FormerName(String name, Long decisionId) {
	}

	public record Task(int position, String text) {
	}

	public record WorkingGroupView(long id, String name, String hostAgency, Integer declaredMemberCount,
			String tasks, Long sourceId, Long establishingDecisionId, String establishingDecisionNumber,
			List<SeatView> seats) {

		public boolean seatCountDiffers() {
			return declaredMemberCount != null && declaredMemberCount != seats.size();
		}

	}

	public record MeetingView(long id, LocalDate heldOn, String title, String chairedBy, String summary,
			Long sourceId, Integer ordinal, String conclusionNumber) {
	}

	public record RelatedDocumentView(String kind, String numberSymbol, String title, String issuer,
			LocalDate signedOn, Long sourceId) {
	}

}
