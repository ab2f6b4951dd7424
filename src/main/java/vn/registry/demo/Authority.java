package vn.registry.demo;

import java.util.SplittableRandom;

import vn.registry.demo.Posts.Post;

/**
 * Who sets a demo committee up and signs its decisions: the unit's people's committee ("UBND tỉnh
 * Quảng Trị", "4268/QĐ-UBND"), or, for many committees of the 2025 structure, its Party committee
 * ("Tỉnh ủy Gia Lai", "45-QĐ/TU"; "Đảng ủy xã Nội Bài", "12-QĐ/ĐU"), whose committee is named after
 * the Politburo's Resolution 57 on science, technology, innovation and digital transformation and is
 * headed by the Party secretary.
 */
record Authority(DemoUnit unit, boolean party) {

	static final String PARTY_NAME = "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số ";

	static final String STATE_NAME = "Ban Chỉ đạo chuyển đổi số ";

	String issuer() {
		return party ? unit.partyIssuer() : "UBND " + unit.inSentence();
	}

	String committeeName() {
		return (party ? PARTY_NAME : STATE_NAME) + unit.inSentence();
	}

	/** The body the committee advises: the people's committee, or the Party committee's standing board. */
	String advises() {
		return party ? "Ban Thường vụ " + unit.partyIssuer() : "UBND " + unit.inSentence();
	}

	/** A decision's number; a province's people's committee numbers its decisions into the thousands. */
	String number(DecisionNumbers numbers, SplittableRandom random) {
		boolean province = unit.level().equals("PROVINCE");
		if (party) {
			return numbers.nextParty(issuer(), 1 + random.nextInt(province ? 400 : 120), province ? "QĐ/TU" : "QĐ/ĐU");
		}
		int wanted = switch (unit.level()) {
			case "PROVINCE" -> 100 + random.nextInt(4400);
			case "DISTRICT" -> 50 + random.nextInt(3000);
			default -> 1 + random.nextInt(350);
		};
		return numbers.next(issuer(), wanted, "QĐ-UBND");
	}

	/** The number of the committee's own decision adopting its working rules. */
	String rulesNumber(DecisionNumbers numbers, String committee, SplittableRandom random) {
		int wanted = 1 + random.nextInt(60);
		return party ? numbers.nextParty(committee, wanted, "QĐ/BCĐ") : numbers.next(committee, wanted, "QĐ-BCĐ");
	}

	/** The head: the Party secretary, or the people's committee's chair (who may also be deputy secretary). */
	Post head(boolean deputySecretary) {
		return party ? Posts.partySecretary(unit) : Posts.head(unit, deputySecretary);
	}

	/** Under a Party secretary the people's committee's chair is the standing deputy. */
	Post standingDeputy() {
		return party ? Posts.head(unit, true) : Posts.standingDeputy(unit);
	}

	Post deputy() {
		return party ? Posts.standingDeputy(unit) : Posts.deputy(unit);
	}

}
