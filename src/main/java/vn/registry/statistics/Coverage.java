package vn.registry.statistics;

import io.swagger.v3.oas.annotations.media.Schema;

/** How many of a province's communes (today's structure) have an active committee. */
@Schema(name = "Coverage", description = "A province of today's structure: its communes, and how many of them "
		+ "have an active committee of their own.")
public record Coverage(long provinceId, String province, long communes, long covered) {

	public long uncovered() {
		return communes - covered;
	}

	public int percent() {
		return communes == 0 ? 0 : (int) (covered * 100 / communes);
	}

}
