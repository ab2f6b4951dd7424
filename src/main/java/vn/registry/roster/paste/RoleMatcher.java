package vn.registry.roster.paste;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a role from its words, compared folded, so that "Uỷ viên", "ủy viên" and a decomposed
 * "Ủy viên" are the same row of the role table. Longer names are tried first: "Phó Trưởng ban
 * Thường trực" wins over "Phó Trưởng ban". Annexes often add the body ("Ủy viên Ban Chỉ đạo",
 * "Tổ trưởng Tổ giúp việc", "Phó Trưởng ban Chỉ đạo"), which is dropped before comparing.
 */
final class RoleMatcher {

	private static final String BODY = "\\s+(ban chi dao|bcd|to giup viec|tgv)\\b.*$";

	private final List<PasteRole> roles;

	RoleMatcher(List<PasteRole> roles) {
		this.roles = roles.stream()
			.sorted(Comparator.comparingInt((PasteRole role) -> words(role.name()).length).reversed())
			.toList();
	}

	/** The role that is the whole cell, body words aside. */
	Optional<PasteRole> exact(String cell) {
		if (cell == null) {
			return Optional.empty();
		}
		String folded = Text.fold(cell.replaceAll("[()\\[\\]:]", " ")).replaceAll("[.;,]+$", "").strip();
		String withoutBody = folded.replaceAll(BODY, "");
		for (PasteRole role : roles) {
			String name = Text.fold(role.name());
			if (name.equals(folded) || name.equals(withoutBody) || name.equals(withoutBody + " ban")) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	/** A role the cell starts with, and what follows it ("Ủy viên kiêm Thư ký": Ủy viên, "kiêm Thư ký"). */
	Optional<Prefix> prefix(String cell) {
		String[] words = words(cell);
		for (PasteRole role : roles) {
			String[] name = words(role.name());
			if (name.length < words.length && Arrays.equals(fold(words, name.length), fold(name, name.length))) {
				String rest = String.join(" ", Arrays.copyOfRange(words, name.length, words.length));
				return Optional.of(new Prefix(role, rest));
			}
		}
		return Optional.empty();
	}

	private static String[] words(String text) {
		return text.strip().split("\\s+");
	}

	private static String[] fold(String[] words, int count) {
		return Arrays.stream(words, 0, count).map(Text::fold).toArray(String[]::new);
	}

	record Prefix(PasteRole role, String rest) {
	}

}
