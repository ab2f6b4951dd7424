package vn.registry.system;

import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code java -jar registry.jar --registry.backup=DIR} and {@code --registry.restore=DIR}: run
 * before the application starts, and instead of it, since the backup runs beside the running
 * application (starting a second one on the same data directory would stop its database) and the
 * restore writes a data directory no server uses yet. They read {@code registry.data-dir}
 * ({@code REGISTRY_DATA_DIR}) like the application, print what they did and exit.
 */
class RegistryCommands implements EnvironmentPostProcessor, Ordered {

	@Override
	public int getOrder() {
		// After the application's properties and the command line are read.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String backup = environment.getProperty("registry.backup");
		String restore = environment.getProperty("registry.restore");
		if (backup == null && restore == null) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty("registry.data-dir", "./data")).toAbsolutePath();
		try {
			if (backup != null) {
				DatabaseBackup.backup(dataDir, Path.of(backup).toAbsolutePath());
				System.out.println("Backed up the registry in " + dataDir + " to " + Path.of(backup).toAbsolutePath());
			}
			else {
				DatabaseBackup.restore(Path.of(restore).toAbsolutePath(), dataDir);
				System.out.println("Restored the backup " + Path.of(restore).toAbsolutePath() + " into " + dataDir
						+ "; start the application with REGISTRY_DATA_DIR=" + dataDir);
			}
		}
		catch (Exception ex) {
			System.err.println((backup != null ? "Backup" : "Restore") + " failed: " + ex);
			System.exit(1);
		}
		System.exit(0);
	}

}
