package vn.registry.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An administrative unit of {@code units-2024.csv} or {@code units-2025.csv} as the demo data set
 * needs it: its line (which fixes the demo ids), its database id, its period, and the words its
 * posts are built from.
 *
 * @param line the unit's line in the files, from 1, the 2025 file's lines counted on after the 2024
 * file's: demo ids are derived from it, so they do not depend on the order the database assigned its
 * ids in
 * @param kind the unit's type as it is written inside a sentence: "tỉnh", "thành phố", "huyện",
 * "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"
 * @param validFrom the first day of the unit, null when it existed before the records begin
 * @param validTo the unit's last day, null while it exists
 */
record DemoUnit(int line, long id, String code, String name, String fullName, String level, Long parentId,
		Long provinceId, String kind, LocalDate validFrom, LocalDate validTo) {

	private static final List<String> KINDS = List.of("Thành phố", "Thị xã", "Thị trấn", "Tỉnh", "Huyện", "Quận",
			"Xã", "Phường", "Đặc khu");

	/** True for a unit the 2025 reform created (a province it kept as it was is not one). */
	boolean fromReform() {
		return validFrom != null;
	}

	static String kindOf(String fullName, String level) {
		for (String kind : KINDS) {
			if (fullName.startsWith(kind + " ")) {
				return kind.toLowerCase(Locale.ROOT);
			}
		}
		return switch (level) {
			case "PROVINCE" -> "tỉnh";
			case "DISTRICT" -> "huyện";
			default -> "xã";
		};
	}

	/** "tỉnh Quảng Trị", "huyện M’Drắk", "Phường 1" stays "phường 1". */
	String inSentence() {
		return fullName.startsWith(capitalised(kind)) ? kind + fullName.substring(kind.length()) : kind + " " + name;
	}

	/** The unit's party committee: Tỉnh ủy, Thành ủy, Huyện ủy, Quận ủy, Thị ủy; a commune's Đảng ủy. */
	String partyCommittee() {
		return switch (kind) {
			case "tỉnh" -> "Tỉnh ủy";
			case "thành phố" -> "Thành ủy";
			case "huyện" -> "Huyện ủy";
			case "quận" -> "Quận ủy";
			case "thị xã" -> "Thị ủy";
			default -> "Đảng ủy";
		};
	}

	/** The unit's party committee as a decision's issuer: "Tỉnh ủy Gia Lai", "Thành ủy Hà Nội", "Đảng ủy xã Nội Bài". */
	String partyIssuer() {
		return level.equals("COMMUNE") ? partyCommittee() + " " + inSentence() : partyCommittee() + " " + name;
	}

	/** The unit's youth union: Tỉnh đoàn, Thành đoàn, Huyện đoàn, Quận đoàn, Thị đoàn; a commune's Đoàn Thanh niên. */
	String youthUnion() {
		return switch (kind) {
			case "tỉnh" -> "Tỉnh đoàn";
			case "thành phố" -> "Thành đoàn";
			case "huyện" -> "Huyện đoàn";
			case "quận" -> "Quận đoàn";
			case "thị xã" -> "Thị đoàn";
			default -> "Đoàn Thanh niên";
		};
	}

	boolean urban() {
		return kind.equals("quận") || kind.equals("thành phố") || kind.equals("thị xã") || kind.equals("phường")
				|| kind.equals("thị trấn");
	}

	private static String capitalised(String value) {
		return Character.toUpperCase(value.charAt(0)) + value.substring(1);
	}

}
