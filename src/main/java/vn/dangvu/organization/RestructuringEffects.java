package vn.dangvu.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves, merges and splits recorded before their day take effect on it for what carries the province of today
 * ({@link Restructurings#announceDue}): at the server's start, on a background thread, and a minute after each
 * midnight. Commands of the command line leave it to the server.
 */
@Component
@EnableScheduling
class RestructuringEffects {

	private static final Logger log = LoggerFactory.getLogger(RestructuringEffects.class);

	private final Restructurings restructurings;

	private final boolean commandLine;

	RestructuringEffects(Restructurings restructurings, @Value("${dangvu.cli:false}") boolean commandLine) {
		this.restructurings = restructurings;
		this.commandLine = commandLine;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		if (!commandLine) {
			Thread.ofPlatform().daemon().name("restructuring-effects").start(this::announceDue);
		}
	}

	@Scheduled(cron = "0 1 0 * * *")
	void nightly() {
		if (!commandLine) {
			announceDue();
		}
	}

	private void announceDue() {
		try {
			int announced = restructurings.announceDue();
			if (announced > 0) {
				log.info("{} restructurings recorded before their day took effect", announced);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Restructurings whose day has come could not take effect now; they are tried again at the next "
					+ "start or night", ex);
		}
	}

}
