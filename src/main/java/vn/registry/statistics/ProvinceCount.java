package vn.registry.statistics;

import io.swagger.v3.oas.annotations.media.Schema;

/** One province's committees: by the level of their unit, and by what became of them. */
@Schema(name = "ProvinceCount", description = "Committees lying in one province, by level and by status. "
		+ "reorganised: active, but its unit has ceased to exist (the 2025 reform).")
public record ProvinceCount(long provinceId, String province, long total, long provinceLevel, long districtLevel,
		long communeLevel, long active, long reorganised, long replaced, long dissolved) {
}
