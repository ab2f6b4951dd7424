package vn.registry.committee;

import vn.registry.roster.Role;
import vn.registry.roster.SeatHolder;

/**
 * One line of a change of members (Thay đổi thành viên): a serving seat ({@code seatId}) kept,
 * replaced (another role or holder) or ended ({@code remove}); or, without a seat, a new one.
 */
public record MemberChange(Long seatId, Role role, SeatHolder holder, boolean remove) {
}
