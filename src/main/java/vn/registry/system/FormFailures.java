package vn.registry.system;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.Errors;

/**
 * The one place that turns what a race or an outage throws while a form is saved into a message
 * for the re-shown form, instead of a 500 or a 404: another user changed the record since the form
 * was shown (an optimistic-lock failure, a row of the form that is gone, a lock the database gave
 * up), a rule only the database could check at that moment (a unique index such as
 * {@code seat_one_head}, a check constraint), or a database that cannot be reached. Anything else
 * is a bug and is thrown on.
 */
@Component
public class FormFailures {

	public static final String STALE = "form.error.stale";

	public static final String DUPLICATE = "form.error.duplicate";

	public static final String CHECK = "form.error.check";

	public static final String UNAVAILABLE = "form.error.unavailable";

	/** Constraints with a message of their own: what the clerk can do about it. */
	private static final Map<String, String> CONSTRAINTS = Map.of(
			"seat_one_head", "form.error.seat_one_head",
			"seat_one_standing_deputy", "form.error.seat_one_standing_deputy",
			"seat_one_group_leader", "form.error.seat_one_group_leader");

	private static final Pattern CONSTRAINT_IN_MESSAGE = Pattern.compile("constraint \"([^\"]+)\"");

	/** Adds the form's message for the exception (a global error), or throws it on if it is no race. */
	public void reject(RuntimeException ex, Errors errors) {
		reject(ex, errors, STALE);
	}

	/** As {@link #reject(RuntimeException, Errors)}, saying a changed record with the caller's own message. */
	public void reject(RuntimeException ex, Errors errors, String staleMessage) {
		String key = messageFor(ex).orElseThrow(() -> ex);
		errors.reject(STALE.equals(key) ? staleMessage : key);
	}

	/** The message key for a race or an outage, or empty for anything else. */
	public static Optional<String> messageFor(Throwable ex) {
		if (ex instanceof OptimisticLockingFailureException || ex instanceof PessimisticLockingFailureException
				|| ex instanceof NotFoundException || causedBy(ex, OptimisticLockException.class)
				|| causedBy(ex, StaleStateException.class)) {
			return Optional.of(STALE);
		}
		String state = sqlState(ex);
		if (ex instanceof DataIntegrityViolationException || causedBy(ex, ConstraintViolationException.class)
				|| (state != null && state.startsWith("23"))) {
			String constraint = constraintName(ex);
			if (constraint != null && CONSTRAINTS.containsKey(constraint)) {
				return Optional.of(CONSTRAINTS.get(constraint));
			}
			return Optional.of("23514".equals(state) ? CHECK : DUPLICATE);
		}
		if (isOutage(ex)) {
			return Optional.of(UNAVAILABLE);
		}
		return Optional.empty();
	}

	/** The database could not be reached, or gave up: try again later. */
	public static boolean isOutage(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof QueryTimeoutException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return true;
			}
		}
		return false;
	}

	/** The name of the violated constraint, from Hibernate or from PostgreSQL's (English) message. */
	static String constraintName(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return violation.getConstraintName();
			}
			if (cause instanceof SQLException && cause.getMessage() != null) {
				Matcher named = CONSTRAINT_IN_MESSAGE.matcher(cause.getMessage());
				if (named.find()) {
					return named.group(1);
				}
			}
		}
		return null;
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
