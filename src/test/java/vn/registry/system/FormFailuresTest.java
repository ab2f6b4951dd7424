package vn.registry.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each race or outage becomes on a form, and that anything else is thrown on. */
class FormFailuresTest {

	private final FormFailures failures = new FormFailures();

	@Test
	void optimisticLockFailuresAndVanishedRowsAreStale() {
		assertThat(FormFailures.messageFor(new ObjectOptimisticLockingFailureException("Seat", 1L))).hasValue(FormFailures.STALE);
		assertThat(FormFailures.messageFor(new IllegalStateException(new OptimisticLockException("seat"))))
			.hasValue(FormFailures.STALE);
		assertThat(FormFailures.messageFor(new NotFoundException())).hasValue(FormFailures.STALE);
	}

	@Test
	void constraintsGetTheirOwnMessageOrTheGenericOne() {
		SQLException head = new SQLException("ERROR: duplicate key value violates unique constraint \"seat_one_head\"",
				"23505");
		assertThat(FormFailures.messageFor(new ConstraintViolationException("insert", head, "seat_one_head")))
			.hasValue("form.error.seat_one_head");
		assertThat(FormFailures.messageFor(new DataIntegrityViolationException("x", head))).hasValue("form.error.seat_one_head");
		assertThat(FormFailures.messageFor(new DataIntegrityViolationException("x",
				new SQLException("violates unique constraint \"decision_number_unique_per_issuer\"", "23505"))))
			.hasValue(FormFailures.DUPLICATE);
		assertThat(FormFailures.messageFor(new DataIntegrityViolationException("x",
				new SQLException("violates check constraint \"seat_ends_after_start\"", "23514"))))
			.hasValue(FormFailures.CHECK);
	}

	@Test
	void anUnreachableDatabaseIsSaidSo() {
		assertThat(FormFailures.messageFor(new CannotGetJdbcConnectionException("down",
				new SQLTransientConnectionException("timeout")))).hasValue(FormFailures.UNAVAILABLE);
	}

	@Test
	void theMessageIsAGlobalErrorAndABugIsThrownOn() {
		Errors errors = new BeanPropertyBindingResult(new Object(), "form");
		failures.reject(new ObjectOptimisticLockingFailureException("Seat", 1L), errors, "decision.error.stale");
		assertThat(errors.getGlobalError().getCode()).isEqualTo("decision.error.stale");

		IllegalArgumentException bug = new IllegalArgumentException("a bug");
		assertThatThrownBy(() -> failures.reject(bug, errors)).isSameAs(bug);
	}

}
