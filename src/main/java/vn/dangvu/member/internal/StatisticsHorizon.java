package vn.dangvu.member.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the application starts, before it serves anything: adds the members still pending to the statistics
 * projection (the files recorded before V26, or of an import that stopped half-way) and extends its stock to 31
 * December of the current year.
 */
@Component
class StatisticsHorizon implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StatisticsHorizon.class);

	private final StatisticsProjection projection;

	private final TransactionTemplate transactions;

	private final Clock clock;

	StatisticsHorizon(StatisticsProjection projection, PlatformTransactionManager transactions,
			Optional<Clock> clock) {
		this.projection = projection;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@Override
	public void afterSingletonsInstantiated() {
		int year = LocalDate.now(clock).getYear();
		transactions.executeWithoutResult(status -> {
			long added = projection.applyPending(log::info);
			projection.extendTo(year);
			if (added > 0) {
				log.info("Bảng thống kê: đã cộng {} đảng viên, giữ số liệu đến 31/12/{}", added, year);
			}
		});
	}

}
