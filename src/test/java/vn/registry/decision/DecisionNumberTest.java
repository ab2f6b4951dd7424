package vn.registry.decision;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for Số, ký hiệu: State and Party numbering, a leading "Số", the duplicate key; and
 * the database's CHECK, which must be the same rule (it is compared, and tried on the same samples).
 */
class DecisionNumberTest extends RegistryTestSupport {

	private static final List<String> VALID = List.of("4268/QĐ-UBND", "12/2021/QĐ-UBND", "701/QĐ-TTg", "15/QĐ-BCĐ",
			"45-QĐ/TU", "05-QĐ/TW", "12-QĐ/ĐU", "123-QĐ/BCĐ", "02-NQ/TU");

	private static final List<String> INVALID = List.of("4268", "QĐ-UBND", "4268/QĐUBND-", "45/QĐ-", "45-QĐ", "45-/TU",
			"4268 /QĐ-UBND", "abc/QĐ-UBND", "45-QĐ/TU/");

	@Test
	void acceptsStateAndPartyNumbering() {
		assertThat(VALID).allMatch(number -> DecisionNumber.parse(number).isPresent());
		assertThat(INVALID).noneMatch(number -> DecisionNumber.parse(number).isPresent());
	}

	@Test
	void aLeadingSốIsNotPartOfTheNumber() {
		assertThat(DecisionNumber.parse("Số 45-QĐ/TU").map(DecisionNumber::text)).contains("45-QĐ/TU");
		assertThat(DecisionNumber.parse("  số: 4268/QĐ-UBND ").map(DecisionNumber::text)).contains("4268/QĐ-UBND");
		assertThat(DecisionNumber.parse("Số 45-QĐ/TU").map(DecisionNumber::isParty)).contains(true);
		assertThat(DecisionNumber.parse("4268/QĐ-UBND").map(DecisionNumber::isParty)).contains(false);
	}

	@Test
	void theKeyComparesNumbersHoweverTheyAreTyped() {
		assertThat(DecisionNumber.parse("05-QĐ/TW").map(DecisionNumber::key)).contains("5-QD/TW");
		assertThat(DecisionNumber.parse("5-Qđ/TW").map(DecisionNumber::key)).isEmpty();
		assertThat(DecisionNumber.parse("4268/QĐ-UBND").map(DecisionNumber::key))
			.isEqualTo(DecisionNumber.parse("04268/QĐ-UBND").map(DecisionNumber::key));
	}

	@Test
	void theDatabaseChecksTheSameRule() {
		String check = jdbc.sql("""
				SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'decision_number_symbol_check'""")
			.query(String.class)
			.single();

		assertThat(check).contains(DecisionNumber.PATTERN);
		for (String sample : concat(VALID, INVALID)) {
			boolean database = jdbc.sql("SELECT CAST(:n AS text) ~ :pattern").param("n", sample)
				.param("pattern", DecisionNumber.PATTERN).query(Boolean.class).single();
			assertThat(database).as(sample).isEqualTo(DecisionNumber.parse(sample).isPresent());
		}
	}

	@Test
	void theSeededNumbersHaveTheKeyTheTypeGives() {
		List<String> keys = jdbc.sql("SELECT number_symbol || '=' || number_key FROM decision WHERE number_symbol IS NOT NULL ORDER BY id")
			.query(String.class)
			.list();

		assertThat(keys).containsExactly("4268/QĐ-UBND=" + DecisionNumber.parse("4268/QĐ-UBND").orElseThrow().key(),
				"4347/QĐ-UBND=" + DecisionNumber.parse("4347/QĐ-UBND").orElseThrow().key());
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
