package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The status page shows where the databases are, never their passwords. */
class DatabaseStatusTests {

	@Test
	void showsAJdbcUrlWithoutItsPassword() {
		assertThat(DatabaseStatus.withoutSecrets("jdbc:postgresql://127.0.0.1:5433/dangvu"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5433/dangvu");
		assertThat(DatabaseStatus.withoutSecrets("jdbc:postgresql://h:5432/d?user=u&password=s3cret&ssl=true"))
			.isEqualTo("jdbc:postgresql://h:5432/d?user=u&ssl=true");
		assertThat(DatabaseStatus.withoutSecrets("jdbc:postgresql://h/d?password=s3cret"))
			.isEqualTo("jdbc:postgresql://h/d");
		assertThat(DatabaseStatus.withoutSecrets("jdbc:postgresql://h/d?user=u&PASSWORD=s3cret"))
			.isEqualTo("jdbc:postgresql://h/d?user=u");
		assertThat(DatabaseStatus.withoutSecrets("jdbc:postgresql://u:s3cret@h/d")).isEqualTo("jdbc:postgresql://h/d");
	}

}
