package vn.dangvu.member.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dangvu.common.database.SeededTable;

/**
 * The member tables the database module must know of: the statistics projection's horizon, which its migration
 * seeds and every start extends (a restore brings the backup's own).
 */
@Configuration(proxyBeanMethods = false)
class MemberTables {

	@Bean
	SeededTable statisticsHorizonTable() {
		return new SeededTable("member_stat_horizon");
	}

}
