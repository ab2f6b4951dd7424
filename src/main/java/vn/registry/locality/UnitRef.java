package vn.registry.locality;

/** An administrative unit as pages show it. */
public record UnitRef(long id, String code, String name, String fullName, Level level) {
}
