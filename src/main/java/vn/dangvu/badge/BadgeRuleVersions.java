package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.badge.internal.BadgeRuleStore;
import vn.dangvu.badge.internal.BadgeRuleStore.StoredDisciplineRule;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.common.time.Dates;

/**
 * The dated versions of the badge rules (DOMAIN.md: every number that changed over time is configuration with dated
 * versions): the R-BADGE-4 discipline blocks, seeded by the migration with the versions of DOMAIN.md §3.3. An
 * administrator adds a version when a new regulation is issued; a version is never changed or removed, and a new one
 * starts after the latest, so that it changes eligibility from its first day on and never before.
 */
@Service
public class BadgeRuleVersions {

	/** The longest waiting period a version may set, in months. */
	public static final int MAX_MONTHS = 120;

	private final BadgeRuleStore store;

	private final ApplicationEventPublisher events;

	BadgeRuleVersions(BadgeRuleStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/** R-BADGE-4: every version of the discipline blocks. */
	@Transactional(readOnly = true)
	public DisciplineRules discipline() {
		return new DisciplineRules(store.disciplineRules().stream().map(BadgeRuleVersions::version).toList());
	}

	private static DisciplineWaiting version(StoredDisciplineRule r) {
		Map<String, Integer> months = new LinkedHashMap<>();
		put(months, "REPRIMAND", r.reprimandMonths());
		put(months, "WARNING", r.warningMonths());
		put(months, "DISMISSAL", r.dismissalMonths());
		return new DisciplineWaiting(r.validFrom(), r.source(), months);
	}

	private static void put(Map<String, Integer> months, String form, Integer value) {
		if (value != null) {
			months.put(form, value);
		}
	}

	/**
	 * Adds a version of R-BADGE-4 after checking it: it starts after the latest version, names its regulation, and
	 * blocks like the rule does — a form that blocks makes every heavier form block too, and for at least as long.
	 *
	 * @throws BadgeRuleRejectedException naming the field to correct
	 */
	@Transactional
	public DisciplineWaiting add(AddDisciplineVersion command, String by) {
		store.lockForAddition();
		DisciplineWaiting latest = discipline().latest();
		if (command.validFrom() == null) {
			throw BadgeRuleRejectedException.because("validFrom", "R-BADGE-4", "Nhập ngày bắt đầu áp dụng.");
		}
		if (!command.validFrom().isAfter(latest.from())) {
			throw BadgeRuleRejectedException.because("validFrom", "R-BADGE-4",
					"Ngày bắt đầu áp dụng phải sau ngày bắt đầu của phiên bản mới nhất (" + Dates.format(latest.from())
							+ ", " + latest.source() + "): các phiên bản đã có không được sửa.");
		}
		String source = command.source() == null ? "" : VietnameseText.normalize(command.source().strip());
		if (source.isEmpty() || source.length() > 200) {
			throw BadgeRuleRejectedException.because("source", "R-BADGE-4",
					"Nhập văn bản quy định (số, ký hiệu), tối đa 200 ký tự, ví dụ \"QĐ 294-QĐ/TW\".");
		}
		Integer[] months = { command.reprimandMonths(), command.warningMonths(), command.dismissalMonths() };
		String[] fields = { "reprimandMonths", "warningMonths", "dismissalMonths" };
		for (int i = 0; i < months.length; i++) {
			String field = fields[i];
			if (months[i] != null && (months[i] < 1 || months[i] > MAX_MONTHS)) {
				throw BadgeRuleRejectedException.because(field, "R-BADGE-4",
						"Số tháng chờ phải từ 1 đến " + MAX_MONTHS + "; để trống nếu hình thức này không ngăn xét tặng.");
			}
			// blocked "from this form up": a heavier form blocks too, and at least as long
			if (i > 0 && months[i - 1] != null && (months[i] == null || months[i] < months[i - 1])) {
				throw BadgeRuleRejectedException.because(field, "R-BADGE-4",
						"Hình thức kỷ luật nặng hơn phải ngăn xét tặng ít nhất bằng hình thức nhẹ hơn: nhập từ "
								+ months[i - 1] + " tháng trở lên.");
			}
		}
		if (months[2] == null) {
			throw BadgeRuleRejectedException.because("dismissalMonths", "R-BADGE-4",
					"Nhập số tháng chờ sau kỷ luật cách chức: mọi phiên bản đều ngăn xét tặng khi bị cách chức.");
		}
		StoredDisciplineRule stored = new StoredDisciplineRule(command.validFrom(), source, months[0], months[1],
				months[2], by);
		store.add(stored);
		DisciplineWaiting added = version(stored);
		events.publishEvent(new BadgeRuleVersionAdded("R-BADGE-4", added.from(), added.source(), added.monthsByForm(), by));
		return added;
	}

}
