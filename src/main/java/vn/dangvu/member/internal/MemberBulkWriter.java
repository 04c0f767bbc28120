package vn.dangvu.member.internal;

import static vn.dangvu.member.internal.schema.Tables.MEMBER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import vn.dangvu.common.database.CopyLane;
import vn.dangvu.common.database.CopyRows;
import vn.dangvu.common.database.Identities;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberPeriods;
import vn.dangvu.member.MemberState;

/**
 * Bulk loading of member files, events and periods with PostgreSQL's {@code COPY}, in the caller's transaction
 * (ARCHITECTURE.md: COPY loads several times faster than batched inserts). Every row carries the member's province,
 * the scale-out key (data principle 8).
 */
@Repository
public class MemberBulkWriter {

	private static final int CHUNK = 20_000;

	private final DSLContext dsl;

	public MemberBulkWriter(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** A new file with its id (taken ahead: {@link #reserveIds}), its state today, today's organization and province. */
	public record NewFile(long id, MemberFile file, MemberState today, String todaysOrg, String provinceCode,
			MemberStore.BadgeFacts badges) {
	}

	/** An event of a member, for loading. */
	public record NewEvent(long memberId, LedgerEvent event, String recordedBy, String provinceCode) {
	}

	/** A member's periods, for loading. */
	public record Periods(long memberId, List<MemberPeriods.Period> periods, String provinceCode) {
	}

	/** Takes ids for {@code count} new files, in increasing order. */
	public long[] reserveIds(int count) {
		return Identities.reserve(dsl, "member", count);
	}

	/**
	 * The member tables a load writes with {@code COPY}: those a first load may empty anew and copy frozen
	 * ({@link #copy}).
	 */
	public static final List<String> TABLES =
			List.of("member", "member_event", "member_period", "member_period_stray", "member_name_word");

	/**
	 * A COPY in the lane; {@code frozen}: its rows written frozen and their pages all-visible ({@code FREEZE}), for a
	 * table emptied or created in the transaction, with no cursor open in it (PostgreSQL refuses it otherwise). Rows
	 * copied frozen need no vacuum to be seen by index-only scans nor to be frozen later; autovacuum's first pass over
	 * a national load's ledger took five minutes after the import.
	 */
	private static CopyRows copy(CopyLane lane, String sql, boolean frozen) {
		return lane.copy(frozen ? sql + " with (freeze)" : sql);
	}

	/** A COPY of files into {@code member}, with their ids; open it in the lane before the others. */
	public CopyRows files(CopyLane lane, boolean frozen) {
		return copy(lane, "copy member (id, member_no, full_name, given_name, name_folded, gender, birth_date, "
				+ "ethnicity, religion, education, professional_level, political_theory, card_no, national_id, "
				+ "place_of_birth, hometown, residence, occupation, status, org_code, exempted, province_code, "
				+ "party_age_from, badge_years, badge_on) from stdin", frozen);
	}

	/** A COPY of the name words (V31) of new files into {@code member_name_word}, in the lane (after the files). */
	public CopyRows nameWords(CopyLane lane, boolean frozen) {
		return copy(lane, "copy member_name_word (member_id, word, province_code) from stdin", frozen);
	}

	/**
	 * Adds a file to a COPY of {@link #files} and its name words ({@link MemberStore#nameWords}) to one of
	 * {@link #nameWords}, with its province ('' for none).
	 */
	public static void add(CopyRows files, CopyRows nameWords, NewFile n) {
		MemberFile f = n.file();
		String folded = VietnameseText.fold(f.fullName());
		files.cell(n.id()).cell(f.memberNo()).cell(f.fullName()).cell(VietnameseText.givenName(f.fullName()))
			.cell(folded).cell(f.gender().name()).cell(f.birthDate()).cell(f.ethnicity())
			.cell(f.religion()).cell(f.education()).cell(f.professionalLevel() == null ? null : f.professionalLevel().name())
			.cell(f.politicalTheory() == null ? null : f.politicalTheory().name()).cell(f.cardNo()).cell(f.nationalId())
			.cell(f.placeOfBirth()).cell(f.hometown()).cell(f.residence()).cell(f.occupation())
			.cell(n.today().status().name()).cell(n.todaysOrg()).cell(n.today().exempted()).cell(n.provinceCode())
			.cell(n.badges().partyAgeFrom()).cell(n.badges().badgeYears()).cell(n.badges().badgeOn())
			.endRow();
		String province = n.provinceCode() == null ? "" : n.provinceCode();
		for (String word : MemberStore.nameWords(folded)) {
			nameWords.cell(n.id()).cell(word).cell(province).endRow();
		}
	}

	private static final String EVENTS = "copy member_event (member_id, type, effective_on, org_code, decision_no, "
			+ "decision_date, detail, recorded_by, province_code) from stdin";

	private static final String PERIODS = "copy member_period (member_id, valid_from, valid_to, status, org_code, "
			+ "exempted, province_code) from stdin";

	/** A COPY of events into {@code member_event}. */
	public CopyRows events() {
		return new CopyRows(dsl, EVENTS);
	}

	/** A COPY of events into {@code member_event}, in the lane (after the files). */
	public CopyRows events(CopyLane lane, boolean frozen) {
		return copy(lane, EVENTS, frozen);
	}

	/** Adds an event to a COPY of {@link #events()}. */
	public static void add(CopyRows copy, NewEvent n) {
		LedgerEvent e = n.event();
		copy.cell(n.memberId()).cell(e.type().name()).cell(e.effectiveOn()).cell(e.orgCode()).cell(e.decisionNo())
			.cell(e.decisionDate()).cell(e.detail()).cell(n.recordedBy()).cell(n.provinceCode()).endRow();
	}

	/** A COPY of periods into {@code member_period}. */
	public CopyRows periods() {
		return new CopyRows(dsl, PERIODS);
	}

	/** A COPY of periods into {@code member_period}, in the lane (after the files). */
	public CopyRows periods(CopyLane lane, boolean frozen) {
		return copy(lane, PERIODS, frozen);
	}

	/** Adds a member's periods to a COPY of {@link #periods()}. */
	public static void add(CopyRows copy, Periods p) {
		for (MemberPeriods.Period period : p.periods()) {
			copy.cell(p.memberId()).cell(period.validFrom()).cell(period.validTo()).cell(period.status().name())
				.cell(period.orgCode()).cell(period.exempted()).cell(p.provinceCode()).endRow();
		}
	}

	/** A COPY of strays (V33) into {@code member_period_stray}. */
	public CopyRows strays(CopyLane lane, boolean frozen) {
		return copy(lane, "copy member_period_stray (member_id, valid_from, valid_to, org_code, "
				+ "org_province_code) from stdin", frozen);
	}

	/**
	 * Adds to a COPY of {@link #strays} the member's periods in an organization whose province today (from
	 * {@code orgProvinces}) is not the member's, as {@link MemberStore#refreshStrays} chooses them.
	 */
	public static void addStrays(CopyRows copy, Periods p, Map<String, String> orgProvinces) {
		for (MemberPeriods.Period period : p.periods()) {
			String province = period.orgCode() == null ? null : orgProvinces.get(period.orgCode());
			if (province != null && !province.equals(p.provinceCode())) {
				copy.cell(p.memberId()).cell(period.validFrom()).cell(period.validTo()).cell(period.orgCode())
					.cell(province).endRow();
			}
		}
	}

	public Map<String, Long> ids(Collection<String> memberNos) {
		Map<String, Long> ids = new HashMap<>();
		List<String> all = new ArrayList<>(memberNos);
		for (int from = 0; from < all.size(); from += CHUNK) {
			dsl.select(MEMBER.MEMBER_NO, MEMBER.ID)
				.from(MEMBER)
				.where(MEMBER.MEMBER_NO.eq(org.jooq.impl.DSL.any(all.subList(from, Math.min(all.size(), from + CHUNK))
					.toArray(String[]::new))))
				.forEach(r -> ids.put(r.value1(), r.value2()));
		}
		return ids;
	}

	public void insertEvents(List<NewEvent> events) {
		try (CopyRows copy = events()) {
			events.forEach(n -> add(copy, n));
		}
	}

	public void insertPeriods(List<Periods> all) {
		try (CopyRows copy = periods()) {
			all.forEach(p -> add(copy, p));
		}
	}

}
