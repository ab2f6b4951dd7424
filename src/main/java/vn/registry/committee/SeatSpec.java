package vn.registry.committee;

import vn.registry.roster.Role;
import vn.registry.roster.SeatHolder;

/** A roster line a decision sets: the role and who holds it. */
public record SeatSpec(Role role, SeatHolder holder) {
}
