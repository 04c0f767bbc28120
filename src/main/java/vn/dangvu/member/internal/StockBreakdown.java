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
 * value, in the table's order; the columns' names and their conditions come from the enums, once. The conditions
 * test a row {@code x} of one member's period on one year-end ({@code StatisticsProjection}'s stock): {@code age},
 * the age in whole years on that 31 December — the year less the year of birth, the birthday having come by then —,
 * {@code female}, {@code professional_level} and {@code political_theory}.
 */
public final class StockBreakdown {

	/** A column of the breakdown and the condition on the row {@code x} for which the member counts in it. */
	private record Column(String name, String condition) {
	}

	/**
	 * The stock's figures (V26) of the members in each group of rows {@code x} — their number, official, probationary,
	 * women, ethnic minorities, religious and exempted —, each times its {@code x.sign}: a new line and the select
	 * list's items, without a comma after the last.
	 */
	static final String FIGURES = """

			       x.sign * count(*) as total,
			       x.sign * count(*) filter (where x.status = 'OFFICIAL') as official,
			       x.sign * count(*) filter (where x.status = 'PROBATIONARY') as probationary,
			       x.sign * count(*) filter (where x.female) as female,
			       x.sign * count(*) filter (where x.minority) as minority,
			       x.sign * count(*) filter (where x.religious) as religious,
			       x.sign * count(*) filter (where x.exempted) as exempted""";

	/** The columns in the table's order (V40). */
	private static final List<Column> COLUMNS = columns();

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
	 * The columns' sums of the members in each group of a statement of the stock, each times its {@code x.sign}: a
	 * comma and one {@code x.sign * count(*) filter (…) as column} for each.
	 */
	static String sums() {
		return COLUMNS.stream()
			.map(c -> ",\n       x.sign * count(*) filter (where " + c.condition() + ") as " + c.name())
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
			columns.add(new Column(age(band), within(band)));
		}
		for (AgeBand band : AgeBand.values()) {
			columns.add(new Column(femaleAge(band), "x.female and " + within(band)));
		}
		for (ProfessionalLevel level : ProfessionalLevel.values()) {
			columns.add(new Column(level(level), "x.professional_level = '" + level.name() + "'"));
		}
		columns.add(new Column(level(null), "x.professional_level is null"));
		for (PoliticalTheory theory : PoliticalTheory.values()) {
			columns.add(new Column(theory(theory), "x.political_theory = '" + theory.name() + "'"));
		}
		columns.add(new Column(theory(null), "x.political_theory is null"));
		return List.copyOf(columns);
	}

	/**
	 * The member's age on the year-end in the band: the first band has no lower bound, the last no upper one (as the
	 * counted bands).
	 */
	private static String within(AgeBand band) {
		if (band.ordinal() == 0) {
			return "x.age <= " + band.to();
		}
		if (band.ordinal() == AgeBand.values().length - 1) {
			return "x.age >= " + band.from();
		}
		return "x.age between " + band.from() + " and " + band.to();
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
