package vn.dangvu.common.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of {@code messages*.properties}, each message with arguments formatted with a format of its own. Spring
 * keeps one {@link MessageFormat} per message and formats under its lock, so under load the pages' texts with
 * arguments (a member page's dates, party age and timeline) queued on a few shared formats, each waiting for a holder
 * that the two cores had put aside: a JFR profile of the member page under {@code wrk} found 174 such waits of
 * 50 ms on average in 30 s. A copy of the parsed format costs a few microseconds and is formatted without waiting.
 */
class VietnameseMessages extends ResourceBundleMessageSource {

	VietnameseMessages() {
		setBasename("messages");
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
		setDefaultLocale(WebConfiguration.VIETNAMESE);
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		MessageFormat shared = super.resolveCode(code, locale);
		return shared == null ? null : (MessageFormat) shared.clone();
	}

}
