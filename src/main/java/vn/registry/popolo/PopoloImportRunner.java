package vn.registry.popolo;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code --registry.popolo.import=registry.json}: reads a Popolo export into an empty registry at start. */
@Component
@ConditionalOnProperty("registry.popolo.import")
class PopoloImportRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PopoloImportRunner.class);

	private final PopoloImport popolo;

	PopoloImportRunner(PopoloImport popolo) {
		this.popolo = popolo;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		Path file = Path.of(args.getOptionValues("registry.popolo.import").get(0));
		try (InputStream in = Files.newInputStream(file)) {
			popolo.read(in);
		}
		log.info("Read the Popolo document {} into the registry", file);
	}

}
