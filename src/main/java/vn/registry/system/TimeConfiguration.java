package vn.registry.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The registry's clock, Vietnam time; and the scheduled jobs ({@link DecisionFileChecks}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
