package vn.registry.roster.paste;

/** A role the pasted rows may take: a row of the {@code role} table of the roster's scope. */
public record PasteRole(long id, String name) {
}
