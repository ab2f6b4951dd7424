package vn.registry.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;
import vn.registry.TestClock;
import vn.registry.decision.entry.DecisionForm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Today" and every time shown are Vietnam's, read from the application's clock: the test clock
 * stands at 23:30 UTC, 06:30 the next morning in Vietnam.
 */
class VietnamTimeTest extends RegistryTestSupport {

	@Autowired
	private Validator validator;

	@Test
	void theClockIsHalfPastElevenUtcWhichIsTomorrowInVietnam() {
		assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT);
		assertThat(clock.today()).isEqualTo(LocalDate.ofInstant(TestClock.DEFAULT, ZoneOffset.UTC).plusDays(1));
	}

	@Test
	void aDecisionSignedTodayInVietnamIsNotInTheFutureAtHalfPastElevenUtc() {
		assertThat(validator.validateValue(DecisionForm.class, "signedOn", clock.today())).isEmpty();
		assertThat(validator.validateValue(DecisionForm.class, "signedOn", clock.today().plusDays(1)))
			.as("tomorrow in Vietnam is still the future")
			.singleElement()
			.satisfies(violation -> assertThat(violation.getConstraintDescriptor().getAnnotation())
				.isInstanceOf(PastOrPresent.class));
	}

	@Test
	void theDefaultAsOfDateIsTheDateInVietnam() throws Exception {
		assertThat(json("/api/committees/3").read("$.asOf", String.class)).isEqualTo(clock.today().toString());
	}

	@Test
	void aMovedClockMovesToday() throws Exception {
		clock.set(Instant.parse("2023-06-30T16:59:59Z"));
		assertThat(json("/api/committees/3").read("$.asOf", String.class)).isEqualTo("2023-06-30");
		clock.set(Instant.parse("2023-06-30T17:00:00Z"));
		assertThat(json("/api/committees/3").read("$.asOf", String.class)).isEqualTo("2023-07-01");
	}

	@Test
	@Transactional
	void whenADecisionWasEnteredReadsAsTheClockInVietnam() throws Exception {
		jdbc.sql("UPDATE decision SET created_by = 'chuyen.vien', created_at = '2026-12-01T23:30:00Z' WHERE id = 1")
			.update();

		assertThat(page("/decisions/1")).contains("02/12/2026 06:30").doesNotContain("01/12/2026 23:30");
	}

}
