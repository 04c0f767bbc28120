package vn.dangvu.organization.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dangvu.common.database.SeededTable;

/**
 * The organization tables the database module must know of: the stamp of the organizations' names, whose one row its
 * migration seeds (V43; a restore replaces it with the backup's).
 */
@Configuration(proxyBeanMethods = false)
class OrganizationTables {

	@Bean
	SeededTable namesStampTable() {
		return new SeededTable("organization_names_stamp");
	}

}
