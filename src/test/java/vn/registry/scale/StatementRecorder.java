package vn.registry.scale;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL statements run on the current thread (MockMvc answers a request on the test's
 * thread), through datasource-proxy around the application's DataSource: how many, and each with
 * its parameters, so that a test can EXPLAIN exactly what a page ran.
 */
final class StatementRecorder implements QueryExecutionListener {

	private static final ThreadLocal<List<Statement>> RECORDED = ThreadLocal.withInitial(ArrayList::new);

	/** One execution: its SQL, and the calls that set its parameters. */
	record Statement(String sql, List<ParameterSetOperation> parameters) {

		/** Sets this statement's parameters on another statement with the same placeholders. */
		void bind(PreparedStatement statement) throws SQLException {
			for (ParameterSetOperation parameter : parameters) {
				try {
					parameter.getMethod().invoke(statement, parameter.getArgs());
				}
				catch (ReflectiveOperationException ex) {
					throw new SQLException("Cannot replay " + parameter.getMethod(), ex);
				}
			}
		}

	}

	static void start() {
		RECORDED.get().clear();
	}

	static List<Statement> recorded() {
		return List.copyOf(RECORDED.get());
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		QueryInfo query = queries.get(0);
		List<ParameterSetOperation> parameters = query.getParametersList().isEmpty() ? List.of()
				: List.copyOf(query.getParametersList().get(0));
		RECORDED.get().add(new Statement(query.getQuery(), parameters));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		static BeanPostProcessor recordingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource && beanName.equals("dataSource")
							? ProxyDataSourceBuilder.create(dataSource).name("recorded").listener(new StatementRecorder()).build()
							: bean;
				}
			};
		}

	}

}
