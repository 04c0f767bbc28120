package vn.dangvu.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The server serves as many requests at once as it has connections to the database (the tests' databases have a
 * pool of their own size), not Tomcat's 200.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerThreadsTests {

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	Environment environment;

	@Test
	void servesAsManyRequestsAtOnceAsThereAreConnections() {
		int connections = environment.getRequiredProperty("dangvu.db.pool-size", Integer.class);
		TomcatWebServer server = (TomcatWebServer) context.getWebServer();
		Object executor = server.getTomcat().getConnector().getProtocolHandler().getExecutor();
		assertThat(executor).isInstanceOfSatisfying(ThreadPoolExecutor.class,
				threads -> assertThat(threads.getMaximumPoolSize()).isEqualTo(connections).isLessThan(200));
	}

}
