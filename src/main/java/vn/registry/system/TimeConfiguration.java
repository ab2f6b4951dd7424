package vn.registry.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's clock reads Vietnam time, wherever the server runs; tests may replace it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
