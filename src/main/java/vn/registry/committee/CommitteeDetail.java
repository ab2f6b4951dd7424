package vn.registry.committee;

import java.time.LocalDate;
import java.util.List;

import vn.registry.decision.DecisionSummary;
import vn.registry.locality.UnitRef;
import vn.registry.roster.SeatView;
import vn.registry.source.SourceRef;

/** Everything a committee's page and its JSON show, read in one statement. */
public record CommitteeDetail(long id, String name, CommitteeStatus status, long version, UnitRef unit,
		UnitRef province, CommitteeRef parent, String standingAgency, String functions, String workingRules,
		String seals, String partTimeWork, String funding, String meetingCadence, Integer declaredMemberCount,
		Integer unlistedMemberCount, String unlistedMemberNote, LocalDate asOf, List<FormerName> formerNames,
		List<Task> tasks, List<SeatView> seats, List<WorkingGroupView> workingGroups,
		List<DecisionSummary> decisions, List<MeetingView> meetings, List<RelatedDocumentView> relatedDocuments,
		List<SourceRef> sources) {

	/** Seats the sources name, plus those they only count. */
	public int seatsKnown() {
		return seats.size() + (unlistedMemberCount == null ? 0 : unlistedMemberCount);
	}

	/** True when the decision declares a number of members the listed seats do not add up to. */
	public boolean seatCountDiffers() {
		return declaredMemberCount != null && declaredMemberCount != seatsKnown();
	}

	public boolean hasWorkingRules() {
		return workingRules != null || seals != null || partTimeWork != null || funding != null;
	}

	public record CommitteeRef(long id, String name) {
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
