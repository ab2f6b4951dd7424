package vn.registry.system;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one clock the application reads, in Vietnam time: "today" is the date in Vietnam (for the
 * default "as of" date, for a decision that must not be signed in the future, for the page cache's
 * day) wherever the server runs and whatever its own time zone. Tests replace it with a clock they
 * can move. Also switches on the scheduled jobs (the cleanup of abandoned uploads, {@link DecisionFileChecks}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(VietnamTime.ZONE);
	}

	/**
	 * Bean Validation's {@code @PastOrPresent} and {@code @FutureOrPresent} read the same clock;
	 * by default they would read the system clock in the JVM's zone, where 05:00 in Hanoi is still
	 * yesterday.
	 */
	@Bean
	ValidationConfigurationCustomizer validationClock(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}

}
