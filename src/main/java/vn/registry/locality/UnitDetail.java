package vn.registry.locality;

import java.util.List;

/**
 * One administrative unit as its page and the API show it: when it existed, where it lies, what it
 * came from and became, and the committees of this unit and of those related to it by the reform.
 */
public record UnitDetail(UnitRef unit, UnitRef parent, UnitRef province, List<Related> predecessors,
		List<Related> successors, List<UnitCommittee> committees) {

	/** A unit that took over (or was taken over by) this one; {@code partOnly} null where not known. */
	public record Related(UnitRef unit, Boolean partOnly, String basis) {
	}

	/** A committee of this unit or of a related one, with its stored status. */
	public record UnitCommittee(long id, String name, String status, long unitId, String unitName) {
	}

}
