package vn.registry.statistics;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The registry's figures on a day: committees by province and level, coverage, establishments by month. */
@Schema(name = "Statistics", description = "Committees by province (of today's 34 or the 63 before the 2025 "
		+ "reform) and level, what became of them, communes' coverage, establishments by month.")
public record Statistics(LocalDate on, boolean oldProvinces, List<ProvinceCount> provinces, List<Coverage> coverage,
		List<MonthCount> months) {

	public long maxMonth() {
		return months.stream().mapToLong(MonthCount::established).max().orElse(0);
	}

}
