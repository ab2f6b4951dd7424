package vn.registry.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Request timings by page type and the page cache's hits and misses, in Prometheus' format, not public. */
class MetricsTest extends RegistryTestSupport {

	@Autowired
	private PrometheusMeterRegistry prometheus;

	@Test
	void thePrometheusEndpointIsNotPublicByDefault() throws Exception {
		assertThat(get(MediaType.ALL, "/actuator/prometheus").getStatus()).isEqualTo(404);
	}

	@Test
	void countsThePageCachesHitsAndMissesAndTimesRequestsByPageType() throws Exception {
		double before = cacheLookups();
		page("/committees/3");
		page("/committees/3");

		assertThat(cacheLookups()).isEqualTo(before + 2);
		String scrape = prometheus.scrape();
		assertThat(scrape).contains("registry_page_cache_total{result=\"miss\"}")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/committees/\\{id\\}\"");
		assertThat(((MeterRegistry) prometheus).find("http.server.requests").timers()).isNotEmpty();
	}

	/** Every lookup in the page cache is a hit or a miss; the hit ratio is hits over their sum. */
	private static double cacheLookups() {
		return Metrics.counter("registry.page.cache", "result", "hit").count()
				+ Metrics.counter("registry.page.cache", "result", "miss").count();
	}

}
