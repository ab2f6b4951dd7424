package vn.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import vn.registry.system.VietnamTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: it stands still at 23:30 UTC of the day the tests run, which is
 * 06:30 the next morning in Vietnam, the hour at which a system clock in UTC gets "today" wrong. A
 * test may move it ({@link #set}); the test supports put it back after every test, since the
 * context, and so the clock, is shared.
 */
public final class TestClock extends Clock {

	/** 23:30 UTC today: in Vietnam already 06:30 tomorrow. */
	public static final Instant DEFAULT = LocalDate.now(Clock.systemUTC()).atTime(23, 30).toInstant(ZoneOffset.UTC);

	private volatile Instant instant = DEFAULT;

	public void set(Instant instant) {
		this.instant = instant;
	}

	public void reset() {
		this.instant = DEFAULT;
	}

	/** Today's date in Vietnam, as the application reads it. */
	public LocalDate today() {
		return LocalDate.ofInstant(instant, VietnamTime.ZONE);
	}

	@Override
	public ZoneId getZone() {
		return VietnamTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant, zone);
	}

	@Override
	public Instant instant() {
		return instant;
	}

	/** Imported by every Spring test support, so all contexts read this clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
