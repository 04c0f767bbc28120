package vn.dangvu.badge.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dangvu.common.database.SeededTable;

/** The badge tables the database module must know of: the rule versions its migration seeds. */
@Configuration(proxyBeanMethods = false)
class BadgeTables {

	@Bean
	SeededTable badgeDisciplineRules() {
		return new SeededTable("badge_discipline_rule");
	}

}
