package vn.registry.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Vietnam's clock: what "today" is for deadlines and dates, wherever the server runs. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return Clock.system(VIETNAM);
	}

}
