package vn.dangvu;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application of this Spring test class reads from the streaming standby named by {@code DANGVU_TEST_REPLICA_URL}
 * (the standby of the server of {@code DANGVU_TEST_POSTGRES_URL}, made by {@code bench/standby}): its fresh database,
 * once the standby has replayed its creation, is the read replica ({@link FreshDatabasePerTestClass}). Without the
 * variable nothing is configured; the class should skip itself ({@link TestDatabases#replicaConfigured()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface WithReplica {

}
