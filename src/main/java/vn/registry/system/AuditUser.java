package vn.registry.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names the user for the change log that the database's triggers write: call inside the
 * transaction that makes the changes (the setting lasts until it ends).
 */
@Component
public class AuditUser {

	private final JdbcClient jdbc;

	AuditUser(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void name(String username) {
		jdbc.sql("SELECT set_config('registry.user', :name, true)").param("name", username).query(String.class).single();
	}

}
