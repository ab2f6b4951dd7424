package vn.registry.committee;

import java.util.List;

/** A working group a decision sets up: its name, host agency, declared size and roster. */
public record GroupSpec(String name, String hostAgency, Integer declaredMemberCount, List<SeatSpec> seats) {
}
