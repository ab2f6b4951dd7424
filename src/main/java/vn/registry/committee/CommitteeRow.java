package vn.registry.committee;

import java.time.LocalDate;

import vn.registry.locality.Level;

/**
 * One line of the committee list. {@code status} is as shown today: REORGANISED for an active committee
 * whose unit has ceased, with {@code unitSuccessors} naming the units that took it over.
 */
public record CommitteeRow(long id, String name, CommitteeStatus status, long unitId, String unitName, Level level,
		LocalDate unitValidTo, String unitSuccessors, String provinceName, String headName, String headPosition, Long latestDecisionId, String latestNumberSymbol,
		String latestStatedNumber, LocalDate latestSignedOn, boolean latestSignedYearInferred, LocalDate latestAdoptedOn,
		int seatsListed, Integer unlistedMemberCount, Integer declaredMemberCount) {

	public int seatsKnown() {
		return seatsListed + (unlistedMemberCount == null ? 0 : unlistedMemberCount);
	}

}
