package vn.registry.account.role;

import vn.registry.roster.RoleScope;

/** A roster role as the administrator's list shows it, with how many seats hold it. */
public record RoleRow(long id, String code, String name, String nameEn, RoleScope scope, int rank, long seats) {
}
