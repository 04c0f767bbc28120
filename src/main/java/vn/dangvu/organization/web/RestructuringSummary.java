package vn.dangvu.organization.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.dangvu.common.time.Dates;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.web.RestructuringForm.Part;

/**
 * One sentence saying what a restructuring does ("Chuyển … về trực thuộc … từ ngày …"), for the preview and, after it
 * is applied, for the message that says what was done. Made before the change is applied, so that it names the
 * organizations as they were.
 */
final class RestructuringSummary {

	private RestructuringSummary() {
	}

	/** Message {@code restructuring.summary.<OPERATION>} with {0} the subject, {1} the detail, {2} the date. */
	static MessageSourceResolvable of(RestructuringForm form, Organizations organizations) {
		var on = form.effectiveOn();
		Object subject;
		Object detail = "";
		switch (form.operation()) {
			case ESTABLISH -> {
				subject = label(form.name(), form.code());
				detail = blank(form.parentCode()) ? new DefaultMessageSourceResolvable("restructuring.summary.noParent")
						: label(organizations, form.parentCode(), on);
			}
			case RENAME -> {
				subject = label(organizations, form.code(), on);
				detail = form.name().strip();
			}
			case MOVE -> {
				subject = label(organizations, form.code(), on);
				detail = label(organizations, form.parentCode(), on);
			}
			case CHANGE_TYPE -> {
				subject = label(organizations, form.code(), on);
				detail = new DefaultMessageSourceResolvable(form.type().messageKey());
			}
			case MERGE -> {
				subject = form.subjectCodeList().stream().map(c -> label(organizations, c, on))
					.collect(Collectors.joining(", "));
				detail = form.hasNewTarget() ? label(form.targetName(), form.targetCode())
						: label(organizations, form.targetCode(), on);
			}
			case SPLIT -> {
				subject = label(organizations, form.code(), on);
				List<Part> parts = form.usedParts();
				detail = parts.stream().map(p -> label(p.name(), p.code())).collect(Collectors.joining(", "));
			}
			case DISSOLVE -> subject = label(organizations, form.code(), on);
			default -> throw new IllegalStateException();
		}
		return new DefaultMessageSourceResolvable(new String[] { "restructuring.summary." + form.operation() },
				new Object[] { subject, detail, Dates.format(on) });
	}

	private static String label(Organizations organizations, String code, java.time.LocalDate on) {
		String c = code.strip();
		return organizations.findLatest(c, on).map(o -> label(o.name(), c)).orElse(c);
	}

	private static String label(String name, String code) {
		return blank(name) ? code.strip() : name.strip() + " (" + code.strip() + ")";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
