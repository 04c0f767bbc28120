package vn.dangvu.member.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.dangvu.member.AgeBand;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;

/**
 * The stock's breakdown (V40): the members of an organization on a year-end by the three dimensions of the basic
 * statistics (R-STAT-1) the stock's other columns do not give — age band (all, and women, for a dashboard's
 * pyramid), professional level and political theory, the last two with a column for none recorded. One column per
 * value, in the table's order; the columns' names and their conditions on the member's file ({@code m}) and the
 * year-end's year ({@code y.year}) come from the enums, once.
 */
public final class StockBreakdown {

	/** A column of the breakdown and the condition on a member's file for which the member counts in it. */
	public record Column(String name, String condition) {
	}

	/** The columns in the table's order (V40). */
	public static final List<Column> COLUMNS = columns();

	private StockBreakdown() {
	}

	/** The column of the members whose age on the year-end is in the band. */
	public static String age(AgeBand band) {
		return "age_" + lower(band);
	}

	/** The column of the women whose age on the year-end is in the band. */
	public static String femaleAge(AgeBand band) {
		return "female_age_" + lower(band);
	}

	/** The column of the members with the professional level, {@code null} for none recorded. */
	public static String level(ProfessionalLevel level) {
		return "level_" + (level == null ? "unknown" : lower(level));
	}

	/** The column of the members with the political theory, {@code null} for none recorded. */
	public static String theory(PoliticalTheory theory) {
		return "theory_" + (theory == null ? "unknown" : lower(theory));
	}

	/**
	 * The columns' sums of the members in each group of a statement of the stock, each times its {@code s.sign}: a
	 * comma and one {@code s.sign * count(*) filter (…) as column} for each.
	 */
	static String sums() {
		return COLUMNS.stream()
			.map(c -> ",\n       s.sign * count(*) filter (where " + c.condition() + ") as " + c.name())
			.collect(Collectors.joining());
	}

	/** The columns added to those already there, in an {@code on conflict} of alias {@code t}: a comma before each. */
	static String added() {
		return COLUMNS.stream()
			.map(c -> ",\n" + c.name() + " = t." + c.name() + " + excluded." + c.name())
			.collect(Collectors.joining());
	}

	/** The columns' names, a comma before each. */
	public static String names() {
		return COLUMNS.stream().map(c -> ", " + c.name()).collect(Collectors.joining());
	}

	private static List<Column> columns() {
		List<Column> columns = new ArrayList<>();
		for (AgeBand band : AgeBand.values()) {
			columns.add(new Column(age(band), bornWithin(band)));
		}
		for (AgeBand band : AgeBand.values()) {
			columns.add(new Column(femaleAge(band), "m.gender = 'FEMALE' and " + bornWithin(band)));
		}
		for (ProfessionalLevel level : ProfessionalLevel.values()) {
			columns.add(new Column(level(level), "m.professional_level = '" + level.name() + "'"));
		}
		columns.add(new Column(level(null), "m.professional_level is null"));
		for (PoliticalTheory theory : PoliticalTheory.values()) {
			columns.add(new Column(theory(theory), "m.political_theory = '" + theory.name() + "'"));
		}
		columns.add(new Column(theory(null), "m.political_theory is null"));
		return List.copyOf(columns);
	}

	/**
	 * The member's age on 31 December of year y in the band, as a range of birth dates: the age on that day is y less
	 * the year of birth (the birthday has come by then), so an age from a to b is a birth from 1 January of y − b to
	 * 31 December of y − a. The first band has no lower bound of age, the last no upper one (as the counted bands).
	 * Dates compared, not the year extracted: {@code extract} gives a numeric, which the first load of the nation
	 * would compute a dozen times for each of some 90 million years of periods.
	 */
	private static String bornWithin(AgeBand band) {
		String from = "m.birth_date >= make_date(y.year - " + band.to() + ", 1, 1)";
		String to = "m.birth_date <= make_date(y.year - " + band.from() + ", 12, 31)";
		if (band.ordinal() == 0) {
			return from;
		}
		if (band.ordinal() == AgeBand.values().length - 1) {
			return to;
		}
		return from + " and " + to;
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
