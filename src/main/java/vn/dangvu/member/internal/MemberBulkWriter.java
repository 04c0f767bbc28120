package vn.dangvu.member.internal;

import static vn.dangvu.member.internal.schema.Tables.MEMBER;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Repository;

import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberPeriods;
import vn.dangvu.member.MemberState;

/**
 * Bulk loading of member files, events and periods with PostgreSQL's {@code COPY}, in the caller's transaction
 * (ARCHITECTURE.md: COPY loads several times faster than batched inserts).
 */
@Repository
public class MemberBulkWriter {

	private static final int CHUNK = 20_000;

	private final DSLContext dsl;

	public MemberBulkWriter(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** A new file with its state today. */
	public record NewFile(MemberFile file, MemberState today, String todaysOrg) {
	}

	/** Writes new files; answers their ids by member number. */
	public Map<String, Long> insertFiles(List<NewFile> files) {
		copy("copy member (member_no, full_name, given_name, name_folded, gender, birth_date, ethnicity, religion, "
				+ "education, professional_level, political_theory, card_no, national_id, place_of_birth, hometown, "
				+ "residence, occupation, status, org_code, exempted) from stdin with (format csv)", files, n -> {
					MemberFile f = n.file();
					return java.util.Arrays.asList(f.memberNo(), f.fullName(), VietnameseText.givenName(f.fullName()),
							VietnameseText.fold(f.fullName()), f.gender().name(), f.birthDate().toString(), f.ethnicity(),
							f.religion(), f.education(),
							f.professionalLevel() == null ? null : f.professionalLevel().name(),
							f.politicalTheory() == null ? null : f.politicalTheory().name(), f.cardNo(),
							f.nationalId(), f.placeOfBirth(), f.hometown(),
							f.residence(), f.occupation(), n.today().status().name(),
							n.todaysOrg(), Boolean.toString(n.today().exempted()));
				});
		return ids(files.stream().map(n -> n.file().memberNo()).toList());
	}

	public Map<String, Long> ids(Collection<String> memberNos) {
		Map<String, Long> ids = new HashMap<>();
		List<String> all = new ArrayList<>(memberNos);
		for (int from = 0; from < all.size(); from += CHUNK) {
			dsl.select(MEMBER.MEMBER_NO, MEMBER.ID)
				.from(MEMBER)
				.where(MEMBER.MEMBER_NO.in(all.subList(from, Math.min(all.size(), from + CHUNK))))
				.forEach(r -> ids.put(r.value1(), r.value2()));
		}
		return ids;
	}

	/** An event of a member, for loading. */
	public record NewEvent(long memberId, LedgerEvent event, String recordedBy) {
	}

	public void insertEvents(List<NewEvent> events) {
		copy("copy member_event (member_id, type, effective_on, org_code, decision_no, decision_date, detail, recorded_by) "
				+ "from stdin with (format csv)", events, n -> {
					LedgerEvent e = n.event();
					return java.util.Arrays.asList(Long.toString(n.memberId()), e.type().name(), e.effectiveOn().toString(),
							e.orgCode(), e.decisionNo(), e.decisionDate() == null ? null : e.decisionDate().toString(),
							e.detail(), n.recordedBy());
				});
	}

	/** A member's periods, for loading. */
	public record Periods(long memberId, List<MemberPeriods.Period> periods) {
	}

	public void insertPeriods(List<Periods> all) {
		List<Object[]> rows = new ArrayList<>();
		for (Periods p : all) {
			for (MemberPeriods.Period period : p.periods()) {
				rows.add(new Object[] { p.memberId(), period });
			}
		}
		copy("copy member_period (member_id, valid_from, valid_to, status, org_code, exempted) from stdin with (format csv)",
				rows, r -> {
					MemberPeriods.Period period = (MemberPeriods.Period) r[1];
					return java.util.Arrays.asList(r[0].toString(), period.validFrom().toString(), period.validTo().toString(),
							period.status().name(), period.orgCode(), Boolean.toString(period.exempted()));
				});
	}

	private <T> void copy(String sql, List<T> items, java.util.function.Function<T, List<String>> row) {
		for (int from = 0; from < items.size(); from += CHUNK) {
			List<T> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
			StringWriter buffer = new StringWriter();
			try (CSVPrinter printer = new CSVPrinter(buffer, CSVFormat.POSTGRESQL_CSV)) {
				for (T item : chunk) {
					printer.printRecord(row.apply(item));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			dsl.connection(c -> {
				try {
					c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(buffer.toString()));
				}
				catch (IOException ex) {
					throw new SQLException(ex);
				}
			});
		}
	}

}
