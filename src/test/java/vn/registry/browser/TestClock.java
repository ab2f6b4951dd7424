package vn.registry.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import vn.registry.system.TimeConfiguration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Vietnam's clock for the browser tests' application, which a journey may move on ("the next day")
 * and must {@link #reset()} when it ends. Until moved, it is the real clock.
 */
final class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	void advance(Duration by) {
		offset = offset.plus(by);
	}

	void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return TimeConfiguration.VIETNAM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
