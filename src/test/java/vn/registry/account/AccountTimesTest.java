package vn.registry.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of accounts gives dates and times as they read in Vietnam. */
class AccountTimesTest extends AccountTestSupport {

	@Test
	void anAccountCreatedAtHalfPastElevenUtcWasCreatedTheNextDayInVietnam() throws Exception {
		clock.set(Instant.parse("2026-03-01T23:30:00Z"));
		String clerk = account("times", AccountRole.CLERK);

		String row = adminPage("/admin/users").split(clerk, 2)[1].split("</tr>", 2)[0];

		assertThat(row).contains("02/03/2026").doesNotContain("01/03/2026");
	}

}
