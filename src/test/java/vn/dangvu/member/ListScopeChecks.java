package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.test.util.AopTestUtils;

/**
 * Checks of a list's total and strays read from the projection and the strays' table (V33): the same page as when
 * they are counted from the subtree's periods and as when it is sorted without walking its province's members in its
 * order (V30, V42) — and, searched by name, as when its members are found from their name words (V31) —, and a strays'
 * table equal to one rebuilt from every period.
 */
public final class ListScopeChecks {

	private ListScopeChecks() {
	}

	/**
	 * The list, after checking that it is the same page (total and rows) with its scope counted from the periods; that
	 * {@link MemberRoster#count} gives its total both ways; and that {@link MemberRoster#forEach} gives that many rows,
	 * the page's among them at its place (without party age, which it does not compute).
	 */
	public static MemberPage listed(MemberRoster roster, MemberQuery q) {
		MemberPage projected = roster.list(q);
		assertThat(roster.count(q)).as("the count of %s on %s from the projection", q.orgCode(), q.asOf())
			.isEqualTo(projected.total());
		// the bean is a transactional proxy: the switch is the target's
		MemberRoster target = AopTestUtils.getTargetObject(roster);
		target.projectedScope = false;
		try {
			MemberPage counted = roster.list(q);
			assertThat(projected).as("the list of %s on %s from the projection", q.orgCode(), q.asOf())
				.isEqualTo(counted);
			assertThat(roster.count(q)).as("the count of %s on %s", q.orgCode(), q.asOf()).isEqualTo(counted.total());
		}
		finally {
			target.projectedScope = true;
		}
		// the same page and count sorted without the walk of the province's members in the list's order
		target.walking = false;
		try {
			assertThat(roster.list(q)).as("the list of %s on %s sorted without its walk", q.orgCode(), q.asOf())
				.isEqualTo(projected);
		}
		finally {
			target.walking = true;
		}
		if (q.text() != null) {
			// searched by name: the same page and count whether its members are found from the name words (their
			// organizations probed in the subtree one by one or the subtree's periods joined) or tested for them one by
			// one, whatever the estimates say
			for (boolean byWords : new boolean[] { true, false }) {
				for (boolean probed : new boolean[] { true, false }) {
					target.byWords = byWords;
					target.probed = probed;
					try {
						assertThat(roster.list(q)).as("the list of %s on %s searched %s, by words %s, probed %s",
								q.orgCode(), q.asOf(), q.text(), byWords, probed)
							.isEqualTo(projected);
						assertThat(roster.count(q)).as("the count of %s on %s searched %s, by words %s, probed %s",
								q.orgCode(), q.asOf(), q.text(), byWords, probed)
							.isEqualTo(projected.total());
					}
					finally {
						target.byWords = null;
						target.probed = null;
					}
				}
			}
		}
		List<MemberRow> every = new ArrayList<>();
		roster.forEach(q, every::add);
		assertThat(every).as("every member of the list of %s on %s", q.orgCode(), q.asOf())
			.hasSize((int) projected.total());
		int from = Math.min(q.page() * q.size(), every.size());
		assertThat(every.subList(from, Math.min(from + q.size(), every.size())))
			.as("the page of %s on %s among every member", q.orgCode(), q.asOf())
			.isEqualTo(projected.items().stream().map(ListScopeChecks::withoutPartyAge).toList());
		return projected;
	}

	private static MemberRow withoutPartyAge(MemberRow m) {
		return new MemberRow(m.memberNo(), m.fullName(), m.gender(), m.birthDate(), m.ethnicity(), m.religion(),
				m.status(), m.orgCode(), m.exempted(), m.nationalId(), null);
	}

	/**
	 * The strays' table against the periods whose member's province is not their organization's province today
	 * (of its last day when it has ended), as V33 first fills it.
	 */
	public static void assertStraysEqualARebuild(DSLContext dsl) {
		String kept = """
				select member_id, valid_from, valid_to, org_code, org_province_code from member_period_stray
				order by 1, 2""";
		String rebuilt = """
				select p.member_id, p.valid_from, p.valid_to, p.org_code, o.province
				from member_period p
				join (select o.code,
				             (select a.code from organization_closure c join organization a on a.id = c.ancestor_id
				              where c.descendant_id = o.id and c.valid_from <= d.on and c.valid_to > d.on
				              order by c.depth desc limit 1) as province
				      from organization o
				      cross join lateral (select greatest(o.established_on,
				                                 least(current_date, coalesce(o.ended_on - 1, current_date))) as on) d) o
				  on o.code = p.org_code
				where p.province_code is distinct from o.province
				order by 1, 2""";
		assertThat(dsl.fetch(kept).intoArrays()).as("the strays' table").isDeepEqualTo(dsl.fetch(rebuilt).intoArrays());
	}

}
