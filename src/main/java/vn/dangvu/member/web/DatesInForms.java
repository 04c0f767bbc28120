package vn.dangvu.member.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

import org.springframework.web.bind.WebDataBinder;

import vn.dangvu.common.time.Dates;

/**
 * Dates as {@code <input type=date>} sends them ({@code yyyy-MM-dd}) or typed the Vietnamese way ({@code dd/MM/yyyy});
 * anything else binds as no date, which the rules then report as missing rather than as a failed conversion.
 */
final class DatesInForms extends PropertyEditorSupport {

	private DatesInForms() {
	}

	static void register(WebDataBinder binder) {
		binder.registerCustomEditor(LocalDate.class, new DatesInForms());
	}

	@Override
	public void setAsText(String text) {
		setValue(Dates.parse(text).orElse(null));
	}

	@Override
	public String getAsText() {
		return getValue() == null ? "" : getValue().toString();
	}

}
