package vn.registry.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --registry.demo.load}: loads the national demo data set into the configured database, then
 * stops the application (exit code 0). With {@code --registry.demo.exit=false} it goes on serving.
 */
@Component
@ConditionalOnProperty("registry.demo.load")
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final DemoDataLoader loader;

	private final ConfigurableApplicationContext context;

	private final boolean exit;

	DemoDataRunner(DemoDataLoader loader, ConfigurableApplicationContext context,
			@Value("${registry.demo.exit:true}") boolean exit) {
		this.loader = loader;
		this.context = context;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		DemoDataLoader.Result result = loader.load();
		log.info("Loaded the national demo data set in {} ms: {} ({} units kept their real committee)",
				result.millis(), result.rows(), result.skippedUnits());
		if (exit) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
