package vn.registry.account.role;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A role's rank: where it comes in a roster, lower first. */
public class RankForm {

	static final int MAX_RANK = 9999;

	@NotNull(message = "{admin.role.rank.required}")
	@Min(value = 1, message = "{admin.role.rank.range}")
	@Max(value = MAX_RANK, message = "{admin.role.rank.range}")
	private Integer rank;

	public Integer getRank() {
		return rank;
	}

	public void setRank(Integer rank) {
		this.rank = rank;
	}

}
