package vn.registry.database;

import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server keeps its data through a crash: zonky's default for throwaway databases
 * (fsync off) must not leak into the registry's configuration.
 */
class DatabaseDurabilityTest extends RegistryTestSupport {

	@Test
	void runsWithFsyncOn() {
		assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
	}

	@Test
	void runsWithSynchronousCommitOn() {
		assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
	}

	@Test
	void runsWithFullPageWritesOn() {
		assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
	}

}
