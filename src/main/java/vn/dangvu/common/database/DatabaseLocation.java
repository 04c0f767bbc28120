package vn.dangvu.common.database;

import java.io.IOException;

import org.springframework.beans.factory.DisposableBean;

/**
 * Where the application's database is: its JDBC URL and credentials, and the embedded server behind it, if any.
 */
public final class DatabaseLocation implements DisposableBean {

	private final String url;

	private final String user;

	private final String password;

	private final EmbeddedDatabaseServer server;

	private DatabaseLocation(String url, String user, String password, EmbeddedDatabaseServer server) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.server = server;
	}

	static DatabaseLocation external(String url, String user, String password) {
		return new DatabaseLocation(url, user, password, null);
	}

	static DatabaseLocation embedded(EmbeddedDatabaseServer server, String database) {
		return new DatabaseLocation(server.jdbcUrl(database), server.user(), server.password(), server);
	}

	public String url() {
		return url;
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

	/** True when the database is the embedded one in the default data folder (the demo data is loaded only there). */
	public boolean embedded() {
		return server != null;
	}

	@Override
	public void destroy() throws IOException {
		if (server != null) {
			server.close();
		}
	}

}
