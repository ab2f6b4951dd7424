package vn.registry.statistics;

import io.swagger.v3.oas.annotations.media.Schema;

/** Committees established in one month (by their establishment decision's date). */
@Schema(name = "MonthCount", description = "Establishment decisions dated in one month, yyyy-MM.")
public record MonthCount(String month, long established) {
}
