package vn.dangvu.importing;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.dangvu.importing.SyntheticOrganization.Kind;
import vn.dangvu.importing.SyntheticScale.ProvincePlan;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringOperation;

/**
 * The synthetic organization tree of a scale and its history: the rows of organizations.csv (the tree as first
 * established, parents first) and of restructurings.csv (in date order), and for the members, every province's
 * grassroots organizations and member-holding units with the dates they exist.
 *
 * <p>A province: districts (upper-grassroots) with their commune, ward and township committees and residential
 * cells, agencies, schools, enterprises and the district military cell; the blocs of provincial agencies and
 * enterprises, the military and the police. Its history: districts become urban (renamed, their communes become
 * wards), a district is split off later, communes move between districts, the blocs are founded and take over the
 * agencies and enterprises, hamlet cells are renamed and merged, agencies merged, enterprises closed; in February 2025
 * the enterprise bloc becomes the People's Committee's party committee; on 1/7/2025 the districts are abolished
 * (R-ORG-3): the communes of each district merge into new commune-level committees directly under the province
 * (upper-grassroots), their residential cells become grassroots cells, the rest moves under the new communes, and the
 * empty districts are dissolved; provinces merge (63 → 34).
 */
final class SyntheticTree {

	static final LocalDate END = LocalDate.of(2025, 12, 31);

	/** The 2025 reorganization (QĐ 294-QĐ/TW, DOMAIN.md §1.1). */
	static final LocalDate REORGANIZATION = LocalDate.of(2025, 7, 1);

	/** The provincial blocs were replaced before the districts were abolished. */
	static final LocalDate BLOC_REFORM = LocalDate.of(2025, 2, 1);

	/** The first admissions of the history; every province has units older than this. */
	static final LocalDate FIRST_ADMISSIONS = LocalDate.of(1960, 1, 1);

	/**
	 * Share of the members at the end in each kind of grassroots organization, before retirements move members from
	 * agencies, enterprises and the armed forces to residential cells; afterwards they split about as Đồng Nai's do
	 * (DOMAIN.md §1.2: communes, wards and townships 70.2 %, agencies and public services 16.8 %, enterprises 8.5 %,
	 * armed forces 4.5 %). These are shares of members: only about a tenth of the grassroots organizations are
	 * communes, but they are the largest.
	 */
	private static final Map<Kind, Double> MEMBER_SHARES = Map.of(Kind.COMMUNE, 0.664, Kind.AGENCY, 0.19,
			Kind.ENTERPRISE, 0.093, Kind.ARMED, 0.053);

	private static final Pattern PUBLIC_SERVICE = Pattern
		.compile("^(Trường|Bệnh viện|Trung tâm|Đài|Báo|Thư viện|Bảo tàng|Quỹ|Ban Quản lý dự án).*");

	private static final Pattern GOVERNMENT = Pattern
		.compile("^(Sở|Cục|Thanh tra|Kho bạc|Bảo hiểm|Văn phòng UBND|Ban Quản lý các|Trung tâm Xúc tiến|Quỹ).*");

	/** One province (as before 2025): its organizations and what the members need of them. */
	static final class ProvinceTree {

		final ProvincePlan plan;

		final ProvinceProfile profile;

		SyntheticOrganization root;

		SyntheticOrganization agencyBloc;

		SyntheticOrganization enterpriseBloc;

		SyntheticOrganization military;

		SyntheticOrganization police;

		/** The People's Committee's party committee, created by merge on {@link #BLOC_REFORM}. */
		SyntheticOrganization peoplesCommittee;

		final List<SyntheticOrganization> districts = new ArrayList<>();

		/** Grassroots organizations in the order they were planned: members are generated in this order. */
		final List<SyntheticOrganization> grassroots = new ArrayList<>();

		final List<SyntheticOrganization> units = new ArrayList<>();

		final List<SyntheticOrganization> residentialUnits = new ArrayList<>();

		final List<SyntheticOrganization> foundingUnits = new ArrayList<>();

		ProvinceTree(ProvincePlan plan) {
			this.plan = plan;
			this.profile = plan.profile();
		}

		String code() {
			return profile.code();
		}

	}

	private final List<ProvinceTree> provinces = new ArrayList<>();

	private final List<SyntheticOrganization> organizations = new ArrayList<>();

	private final List<RestructuringRow> restructurings = new ArrayList<>();

	private final long seed;

	private SyntheticTree(long seed) {
		this.seed = seed;
	}

	/** Plans the tree and its history for the scale; the same seed gives the same tree. */
	static SyntheticTree plan(SyntheticScale scale, long seed) {
		SyntheticTree tree = new SyntheticTree(seed);
		for (ProvincePlan plan : scale.provinces()) {
			tree.provinces.add(new Builder(tree, plan).build());
		}
		tree.mergeProvinces(scale);
		// stable: rows of the same date keep the order they were planned in, which is the order they must be applied
		tree.restructurings.sort(Comparator.comparing(RestructuringRow::effectiveOn));
		return tree;
	}

	List<ProvinceTree> provinces() {
		return provinces;
	}

	/** The rows of organizations.csv, parents before children. */
	List<OrganizationRow> organizationRows() {
		return organizations.stream()
			.filter(o -> !o.createdByMerge)
			.map(o -> new OrganizationRow(0, o.code, o.name, o.type, o.field, o.parent == null ? null : o.parent.code,
					o.establishedOn))
			.toList();
	}

	/** The rows of restructurings.csv, in date order. */
	List<RestructuringRow> restructuringRows() {
		return restructurings;
	}

	private void add(SyntheticOrganization organization) {
		organizations.add(organization);
	}

	/** A decision of the committee {@code issuer} (TU: the provincial standing committee…), taking effect soon after. */
	private record Decision(String number, LocalDate date, LocalDate effectiveOn) {
	}

	private static Decision decision(SeededRandom random, String issuer, LocalDate effectiveOn) {
		return new Decision(random.between(1, 999) + "-QĐ/" + issuer, effectiveOn.minusDays(random.between(5, 40)),
				effectiveOn);
	}

	/** A row of restructurings.csv; the rows of one decision share it. */
	private void restructure(Decision decision, RestructuringOperation operation, List<SyntheticOrganization> subjects,
			String targetCode, String newName, OrganizationType newType, SyntheticOrganization newParent) {
		restructurings.add(new RestructuringRow(0, decision.number(), decision.date(), decision.effectiveOn(),
				operation, subjects.stream().map(s -> s.code).toList(), targetCode, newName, newType,
				newParent == null ? null : newParent.code));
	}

	/**
	 * 1/7/2025: the provinces merged into another (DOMAIN.md §1.1) bring their blocs into the receiving province's and
	 * then merge into it, which moves their new communes under it. The receiving province keeps its code, so that a
	 * report for it covers the whole year.
	 */
	private void mergeProvinces(SyntheticScale scale) {
		Map<String, ProvinceTree> byCode = new LinkedHashMap<>();
		provinces.forEach(p -> byCode.put(p.code(), p));
		SeededRandom random = SeededRandom.of(seed, 99);
		for (ProvinceTree province : provinces) {
			ProvinceTree target = province.profile.mergesInto() == null ? null
					: byCode.get(province.profile.mergesInto());
			if (target == null) {
				continue;
			}
			// the Politburo's decisions of June 2025 (321-, 326-QĐ/TW…), one per new province
			Decision decision = new Decision((300 + random.nextInt(40)) + "-QĐ/TW",
					LocalDate.of(2025, 6, random.between(20, 30)), REORGANIZATION);
			for (var pair : List.of(List.of(province.agencyBloc, target.agencyBloc),
					List.of(province.military, target.military), List.of(province.police, target.police))) {
				restructure(decision, RestructuringOperation.MERGE, List.of(pair.get(0)),
						pair.get(1).code, null, null, null);
				pair.get(0).endsOn = REORGANIZATION;
			}
			// The People's Committee's committees were both created by merges of this file, and the import takes a
			// merge into a target that the file creates for the creating merge: their organizations move instead.
			for (SyntheticOrganization g : province.grassroots) {
				if (g.currentParent == province.peoplesCommittee && g.existsOn(REORGANIZATION)) {
					restructure(decision, RestructuringOperation.MOVE, List.of(g), null, null, null,
							target.peoplesCommittee);
					g.currentParent = target.peoplesCommittee;
				}
			}
			restructure(decision, RestructuringOperation.DISSOLVE,
					List.of(province.peoplesCommittee), null, null, null, null);
			province.peoplesCommittee.endsOn = REORGANIZATION;
			restructure(decision, RestructuringOperation.MERGE, List.of(province.root),
					target.root.code, null, null, null);
			province.root.endsOn = REORGANIZATION;
		}
	}

	/** Plans one province. */
	private static final class Builder {

		private final SyntheticTree tree;

		private final ProvincePlan plan;

		private final ProvinceProfile profile;

		private final ProvinceTree province;

		private final SeededRandom random;

		private final Set<String> places = new HashSet<>();

		private final List<SyntheticOrganization> communes = new ArrayList<>();

		private final Map<SyntheticOrganization, String> districtPlaces = new LinkedHashMap<>();

		private final Set<SyntheticOrganization> urbanDistricts = new HashSet<>();

		private SyntheticOrganization lateDistrict;

		private SyntheticOrganization motherDistrict;

		Builder(SyntheticTree tree, ProvincePlan plan) {
			this.tree = tree;
			this.plan = plan;
			this.profile = plan.profile();
			this.province = new ProvinceTree(plan);
			this.random = SeededRandom.of(tree.seed, SeededRandom.key(profile.code()), 1);
		}

		ProvinceTree build() {
			int grassroots = plan.grassroots();
			int communeCount = Math.max(2, (int) Math.round(grassroots * plan.communeShare()));
			int districtCount = Math.max(2, Math.min(40, (int) Math.round(communeCount / plan.communesPerDistrict())));
			int rest = Math.max(4, grassroots - communeCount);
			// organizations merged or closed before 2021 come on top, so that 2020 has the planned number
			int removedBefore2021 = (int) Math.round(grassroots * 0.03);
			int armed = Math.max(1, (int) Math.round(rest * 0.08));
			int enterprises = (int) Math.round(rest * 0.37) + (int) Math.round(removedBefore2021 * 0.4);
			int agencies = rest - (int) Math.round(rest * 0.08) - (int) Math.round(rest * 0.37)
					+ (removedBefore2021 - (int) Math.round(removedBefore2021 * 0.4));

			root();
			province.military = bloc("QS", "Đảng bộ Quân sự " + profile.kind(), OrganizationField.ARMED_FORCES,
					random.dateBetween(province.root.establishedOn.plusYears(6), LocalDate.of(1958, 12, 31)));
			province.police = bloc("CA", "Đảng bộ Công an " + profile.kind(), OrganizationField.POLICE,
					random.dateBetween(province.root.establishedOn.plusYears(6), LocalDate.of(1958, 12, 31)));
			districts(districtCount);
			province.agencyBloc = bloc("KCQ", "Đảng bộ Khối các cơ quan " + profile.kind(),
					OrganizationField.STATE_AGENCY,
					random.dateBetween(LocalDate.of(1990, 1, 1), LocalDate.of(1998, 12, 31)));
			province.enterpriseBloc = bloc("KDN", "Đảng bộ Khối Doanh nghiệp " + profile.kind(),
					OrganizationField.STATE_ENTERPRISE,
					random.dateBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2008, 12, 31)));
			province.agencyBloc.issuer = "ĐUK";
			province.enterpriseBloc.issuer = "ĐUK";
			province.military.issuer = "ĐUQS";
			province.police.issuer = "ĐUCA";

			communes(communeCount);
			agencies(agencies);
			enterprises(enterprises);
			armed(armed);
			weigh();

			urbanization();
			lateDistrict();
			boundaryChanges();
			blocsTakeOver();
			hamletRenames();
			agencyMerges((int) Math.round(removedBefore2021 * 0.6));
			hamletMerges();
			enterpriseClosures(removedBefore2021 - (int) Math.round(removedBefore2021 * 0.6),
					LocalDate.of(2010, 3, 1), LocalDate.of(2020, 10, 31));
			enterpriseClosures((int) Math.round(grassroots * 0.005), LocalDate.of(2021, 3, 1),
					LocalDate.of(2024, 10, 31));
			blocReform();
			abolishDistricts();
			return province;
		}

		// ---- the tree as first established

		private SyntheticOrganization organization(String code, String name, OrganizationType type,
				OrganizationField field, SyntheticOrganization parent, LocalDate on, Kind kind) {
			if (parent != null && on.isBefore(parent.establishedOn)) {
				on = parent.establishedOn;
			}
			SyntheticOrganization organization = new SyntheticOrganization(code, name, type, field, parent, on, kind);
			tree.add(organization);
			return organization;
		}

		private void root() {
			LocalDate on = random.dateBetween(LocalDate.of(1930, 3, 1), LocalDate.of(1940, 12, 31));
			String name = "Đảng bộ " + profile.kind() + " " + profile.name();
			String firstName = switch (profile.code()) {
				case "CT" -> "Đảng bộ tỉnh Cần Thơ";
				case "HUE" -> "Đảng bộ tỉnh Thừa Thiên Huế";
				default -> name;
			};
			province.root = organization(profile.code(), firstName, OrganizationType.PROVINCE, OrganizationField.OTHER,
					null, on, Kind.OTHER);
			// the province became a centrally-run city (Cần Thơ 1/1/2004, Huế 1/1/2025)
			if (!firstName.equals(name)) {
				LocalDate renamed = profile.code().equals("CT") ? LocalDate.of(2004, 1, 1) : LocalDate.of(2025, 1, 1);
				tree.restructure(decision(random, "TW", renamed), RestructuringOperation.RENAME, List.of(province.root), null,
						name, null, null);
			}
		}

		private SyntheticOrganization bloc(String suffix, String name, OrganizationField field, LocalDate on) {
			return organization(profile.code() + "." + suffix, name, OrganizationType.UPPER_GRASSROOTS, field,
					province.root, on, Kind.OTHER);
		}

		private void districts(int count) {
			int urban = profile.city() ? (count + 1) / 2 : 1;
			for (int i = 0; i < count; i++) {
				boolean isUrban = i < urban;
				boolean isLate = count >= 5 && i == count - 1;
				String place = VietnameseNames.place(random, places);
				LocalDate on = isLate ? random.dateBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2012, 12, 31))
						: random.dateBetween(province.root.establishedOn.plusYears(3), LocalDate.of(1955, 12, 31));
				String kind = isUrban && !profile.city() ? "thị xã" : "huyện";
				SyntheticOrganization district = organization(String.format("%s.D%02d", profile.code(), i + 1),
						"Đảng bộ " + kind + " " + place, OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER,
						province.root, on, Kind.OTHER);
				district.issuer = "HU";
				province.districts.add(district);
				districtPlaces.put(district, place);
				if (isUrban) {
					urbanDistricts.add(district);
				}
				if (isLate) {
					lateDistrict = district;
				}
			}
			List<SyntheticOrganization> rural = province.districts.stream()
				.filter(d -> !urbanDistricts.contains(d) && d != lateDistrict)
				.toList();
			if (lateDistrict != null) {
				motherDistrict = rural.isEmpty() ? province.districts.get(0) : random.pick(rural);
			}
		}

		/** Communes are spread over the districts; the late district's are established in its mother district. */
		private void communes(int count) {
			List<SyntheticOrganization> districts = province.districts;
			int[] perDistrict = new int[districts.size()];
			for (int i = 0; i < count; i++) {
				perDistrict[i < districts.size() * 2 ? i % districts.size() : random.nextInt(districts.size())]++;
			}
			Map<SyntheticOrganization, Integer> numbers = new LinkedHashMap<>();
			for (int d = 0; d < districts.size(); d++) {
				SyntheticOrganization district = districts.get(d);
				boolean urban = urbanDistricts.contains(district);
				SyntheticOrganization establishedIn = district == lateDistrict ? motherDistrict : district;
				for (int i = 0; i < perDistrict[d]; i++) {
					boolean founding = i == 0 && district != lateDistrict;
					OrganizationField field = urban ? OrganizationField.WARD
							: (i == 0 && perDistrict[d] >= 3 ? OrganizationField.TOWNSHIP : OrganizationField.COMMUNE);
					String prefix = switch (field) {
						case WARD -> "P";
						case TOWNSHIP -> "TT";
						default -> "X";
					};
					int number = numbers.merge(establishedIn, 1, Integer::sum);
					String place = VietnameseNames.place(random, places);
					String word = field == OrganizationField.TOWNSHIP ? "thị trấn" : "xã";
					LocalDate on = founding
							? random.dateBetween(establishedIn.establishedOn, LocalDate.of(1958, 6, 30))
							: random.dateBetween(establishedIn.establishedOn, LocalDate.of(1976, 12, 31));
					SyntheticOrganization commune = organization(
							String.format("%s.%s%02d", establishedIn.code, prefix, number),
							"Đảng bộ " + word + " " + place, OrganizationType.GRASSROOTS_COMMITTEE, field, establishedIn,
							on, Kind.COMMUNE);
					commune.district = district;
					commune.issuer = "HU";
					commune.founding = founding;
					communes.add(commune);
					province.grassroots.add(commune);
					communePlaces.put(commune, place);
				}
			}
		}

		private final Map<SyntheticOrganization, String> communePlaces = new LinkedHashMap<>();

		/** The last number given to an organization of each series (a district's agencies, enterprises…). */
		private final Map<String, Integer> numbers = new LinkedHashMap<>();

		private void agencies(int count) {
			int provincial = (int) Math.round(count * 0.45);
			List<String> names = new ArrayList<>(VietnameseNames.PROVINCIAL_AGENCIES);
			for (int i = 0; i < provincial; i++) {
				String name = i < names.size() ? names.get(i)
						: VietnameseNames.school(random, VietnameseNames.place(random, places));
				LocalDate on = random.dateBetween(LocalDate.of(1960, 1, 1), LocalDate.of(2015, 12, 31));
				SyntheticOrganization parent = on.isBefore(province.agencyBloc.establishedOn) ? province.root
						: province.agencyBloc;
				grassroots(String.format("%s.CQ%03d", profile.code(), i + 1), name, agencyField(name), parent, on,
						Kind.AGENCY, null);
			}
			List<SyntheticOrganization> districts = province.districts;
			Map<SyntheticOrganization, List<String>> left = new LinkedHashMap<>();
			for (int i = 0; i < count - provincial; i++) {
				SyntheticOrganization district = districts.get(i % districts.size());
				List<String> pool = left.computeIfAbsent(district, d -> shuffled(VietnameseNames.DISTRICT_AGENCIES));
				String place = districtPlaces.get(district);
				String name = pool.isEmpty() ? VietnameseNames.school(random, VietnameseNames.place(random, places))
						: pool.remove(0) + " huyện " + place;
				LocalDate on = random.dateBetween(max(district.establishedOn, LocalDate.of(1960, 1, 1)),
						LocalDate.of(2015, 12, 31));
				int number = numbers.merge(district.code + ".CQ", 1, Integer::sum);
				grassroots(String.format("%s.CQ%02d", district.code, number), name, agencyField(name), district, on,
						Kind.AGENCY, district);
			}
		}

		private void enterprises(int count) {
			int state = (int) Math.round(count * 0.3);
			int inBloc = (int) Math.round((count - state) * 0.4);
			int number = 0;
			for (int i = 0; i < state; i++) {
				LocalDate on = random.dateBetween(LocalDate.of(1976, 1, 1), LocalDate.of(2012, 12, 31));
				SyntheticOrganization parent = on.isBefore(province.enterpriseBloc.establishedOn) ? province.root
						: province.enterpriseBloc;
				grassroots(String.format("%s.DN%03d", profile.code(), ++number), VietnameseNames.company(random, true),
						OrganizationField.STATE_ENTERPRISE, parent, on, Kind.ENTERPRISE, null);
			}
			for (int i = 0; i < inBloc; i++) {
				LocalDate on = random.dateBetween(max(province.enterpriseBloc.establishedOn, LocalDate.of(2000, 1, 1)),
						LocalDate.of(2020, 12, 31));
				grassroots(String.format("%s.DN%03d", profile.code(), ++number), VietnameseNames.company(random, false),
						OrganizationField.NON_STATE_ENTERPRISE, province.enterpriseBloc, on, Kind.ENTERPRISE, null);
			}
			List<SyntheticOrganization> districts = province.districts;
			for (int i = 0; i < count - state - inBloc; i++) {
				SyntheticOrganization district = districts.get(random.nextInt(districts.size()));
				LocalDate on = random.dateBetween(max(district.establishedOn, LocalDate.of(1998, 1, 1)),
						LocalDate.of(2020, 12, 31));
				int n = numbers.merge(district.code + ".DN", 1, Integer::sum);
				grassroots(String.format("%s.DN%02d", district.code, n), VietnameseNames.company(random, false),
						OrganizationField.NON_STATE_ENTERPRISE, district, on, Kind.ENTERPRISE, district);
			}
		}

		private void armed(int count) {
			List<SyntheticOrganization> districts = province.districts;
			int perDistrict = count >= 2 * districts.size() + 4 ? 2 : 0;
			int made = 0;
			for (SyntheticOrganization district : districts) {
				if (perDistrict == 0) {
					break;
				}
				String place = districtPlaces.get(district);
				grassroots(district.code + ".QS", "Ban Chỉ huy Quân sự huyện " + place, OrganizationField.ARMED_FORCES,
						district, between(max(district.establishedOn, LocalDate.of(1960, 1, 1)), LocalDate.of(1985, 12, 31)),
						Kind.ARMED, district);
				grassroots(profile.code() + ".CA." + district.code.substring(district.code.lastIndexOf('.') + 1),
						"Công an huyện " + place, OrganizationField.POLICE, province.police,
						between(max(district.establishedOn, LocalDate.of(1960, 1, 1)), LocalDate.of(1990, 12, 31)),
						Kind.ARMED, null);
				made += 2;
			}
			int military = (int) Math.round((count - made) * 0.55);
			for (int i = 0; i < count - made; i++) {
				boolean isMilitary = i < military;
				SyntheticOrganization parent = isMilitary ? province.military : province.police;
				List<String> names = isMilitary ? VietnameseNames.PROVINCIAL_ARMED : VietnameseNames.PROVINCIAL_POLICE;
				int index = isMilitary ? i : i - military;
				String name = index < names.size() ? names.get(index)
						: (isMilitary ? "Đại đội " : "Đội Cảnh sát ") + (index - names.size() + 1);
				grassroots(String.format("%s.%02d", parent.code, index + 1), name,
						isMilitary ? OrganizationField.ARMED_FORCES : OrganizationField.POLICE, parent,
						random.dateBetween(max(parent.establishedOn, LocalDate.of(1960, 1, 1)),
								LocalDate.of(2005, 12, 31)),
						Kind.ARMED, null);
			}
		}

		/**
		 * A grassroots organization other than a commune; its type (committee with cells, or grassroots cell) is
		 * decided when its size is known ({@link #weigh}).
		 */
		private void grassroots(String code, String name, OrganizationField field, SyntheticOrganization parent,
				LocalDate on, Kind kind, SyntheticOrganization district) {
			pending.add(new Pending(code, name, field, parent, on, kind, district));
		}

		private record Pending(String code, String name, OrganizationField field, SyntheticOrganization parent,
				LocalDate on, Kind kind, SyntheticOrganization district) {
		}

		private final List<Pending> pending = new ArrayList<>();

		/**
		 * Sizes: every grassroots organization gets a weight (its members at the end) drawn log-normally and scaled so
		 * that each kind has its share of the province's members; then the organizations are created: ≥ 30 members a
		 * committee with cells (R-ORG-2), fewer a grassroots cell.
		 */
		private void weigh() {
			Map<Kind, Double> sums = new LinkedHashMap<>();
			Map<Object, Double> raw = new LinkedHashMap<>();
			for (SyntheticOrganization commune : communes) {
				double w = StrictMath.exp(0.45 * random.gaussian());
				raw.put(commune, w);
				sums.merge(Kind.COMMUNE, w, Double::sum);
			}
			for (Pending p : pending) {
				double sigma = switch (p.kind()) {
					case AGENCY -> 0.75;
					case ENTERPRISE -> 0.8;
					default -> 0.6;
				};
				double w = StrictMath.exp(sigma * random.gaussian())
						* (p.field() == OrganizationField.STATE_ENTERPRISE ? 2.0 : 1.0)
						* (p.parent() == province.root || p.parent() == province.agencyBloc ? 1.6 : 1.0);
				raw.put(p, w);
				sums.merge(p.kind(), w, Double::sum);
			}
			for (SyntheticOrganization commune : communes) {
				commune.weight = raw.get(commune) / sums.get(Kind.COMMUNE) * plan.members()
						* MEMBER_SHARES.get(Kind.COMMUNE);
				communeCells(commune);
			}
			for (Pending p : pending) {
				double weight = raw.get(p) / sums.get(p.kind()) * plan.members() * MEMBER_SHARES.get(p.kind());
				createGrassroots(p, weight);
			}
		}

		private void communeCells(SyntheticOrganization commune) {
			boolean ward = commune.field == OrganizationField.WARD;
			int cells = Math.max(2, (int) Math.round(commune.weight / random.between(16, 24)));
			String hamlet = profile.region().hamlet(ward);
			String place = communePlaces.get(commune);
			int residential = 0;
			for (int i = 0; i < cells; i++) {
				String name;
				OrganizationField field = OrganizationField.RESIDENTIAL;
				if (cells >= 5 && i == cells - 1) {
					name = "Chi bộ Cơ quan " + (ward ? "phường" : "xã");
					field = OrganizationField.STATE_AGENCY;
				}
				else if (cells >= 6 && i == cells - 2) {
					name = "Chi bộ Quân sự";
					field = OrganizationField.ARMED_FORCES;
				}
				else if (cells >= 9 && i == cells - 3) {
					name = "Chi bộ " + VietnameseNames.school(random, place);
					field = OrganizationField.PUBLIC_SERVICE;
				}
				else {
					residential++;
					name = "Chi bộ " + hamlet + " "
							+ (ward || random.chance(0.3) ? String.valueOf(residential)
									: VietnameseNames.place(random, places));
				}
				LocalDate on = i < Math.max(2, cells * 7 / 10) || commune.establishedOn.getYear() >= 2017
						? commune.establishedOn
						: random.dateBetween(commune.establishedOn.plusYears(1), LocalDate.of(2018, 12, 31));
				SyntheticOrganization cell = organization(String.format("%s.C%02d", commune.code, i + 1), name,
						OrganizationType.CELL, field, commune, on, Kind.OTHER);
				cell.residential = field == OrganizationField.RESIDENTIAL;
				cell.founding = commune.founding && i < 2;
				unit(commune, cell);
			}
		}

		private void createGrassroots(Pending p, double weight) {
			boolean committee = weight >= 30;
			String name = (committee ? "Đảng bộ " : "Chi bộ ") + p.name();
			SyntheticOrganization organization = organization(p.code(), name,
					committee ? OrganizationType.GRASSROOTS_COMMITTEE : OrganizationType.GRASSROOTS_CELL, p.field(),
					p.parent(), p.on(), p.kind());
			organization.weight = weight;
			organization.district = p.district();
			organization.issuer = p.parent().issuer;
			province.grassroots.add(organization);
			if (!committee) {
				unit(organization, organization);
				return;
			}
			int cells = Math.max(2, (int) Math.round(weight / random.between(10, 18)));
			List<SyntheticOrganization> parents = List.of(organization);
			if (weight >= 150 && cells >= 6) {
				// a large committee works through sub-committees (đảng bộ bộ phận)
				parents = List.of(
						organization(p.code() + ".BP1", "Đảng bộ bộ phận số 1", OrganizationType.SUB_COMMITTEE,
								p.field(), organization, p.on(), Kind.OTHER),
						organization(p.code() + ".BP2", "Đảng bộ bộ phận số 2", OrganizationType.SUB_COMMITTEE,
								p.field(), organization, p.on(), Kind.OTHER));
			}
			String word = switch (p.kind()) {
				case ENTERPRISE -> "Chi bộ Phân xưởng ";
				case ARMED -> p.field() == OrganizationField.POLICE ? "Chi bộ Đội " : "Chi bộ Đại đội ";
				default -> "Chi bộ số ";
			};
			for (int i = 0; i < cells; i++) {
				LocalDate on = i < Math.max(2, cells * 7 / 10) || p.on().getYear() >= 2017 ? p.on()
						: random.dateBetween(p.on().plusYears(1), LocalDate.of(2018, 12, 31));
				SyntheticOrganization cell = organization(String.format("%s.C%02d", p.code(), i + 1),
						i == 0 && p.kind() != Kind.ARMED ? "Chi bộ Văn phòng" : word + (i + 1), OrganizationType.CELL,
						p.field(), parents.get(i % parents.size()), on, Kind.OTHER);
				unit(organization, cell);
			}
		}

		private void unit(SyntheticOrganization grassroots, SyntheticOrganization unit) {
			unit.grassroots = grassroots;
			grassroots.units.add(unit);
			province.units.add(unit);
			if (unit.residential) {
				province.residentialUnits.add(unit);
			}
			if (unit.founding) {
				province.foundingUnits.add(unit);
			}
		}

		// ---- the history, in date order of its phases where one depends on another

		/** Urban districts are renamed (huyện → quận, thị xã → thành phố) and their communes become wards. */
		private void urbanization() {
			for (SyntheticOrganization district : province.districts) {
				if (!urbanDistricts.contains(district)) {
					continue;
				}
				LocalDate on = profile.code().equals("CT") ? LocalDate.of(2004, 1, 1)
						: random.dateBetween(max(district.establishedOn.plusYears(20), LocalDate.of(1995, 1, 1)),
								LocalDate.of(2015, 12, 31));
				String place = districtPlaces.get(district);
				Decision decision = decision(random, "TW", on);
				tree.restructure(decision, RestructuringOperation.RENAME, List.of(district), null,
						"Đảng bộ " + (profile.city() ? "quận " : "thành phố ") + place, null, null);
				district.issuer = profile.city() ? "QU" : "ThU";
				for (SyntheticOrganization commune : communes) {
					if (commune.parent == district && commune.establishedOn.isBefore(on)) {
						tree.restructure(decision, RestructuringOperation.RENAME, List.of(commune), null,
								"Đảng bộ phường " + communePlaces.get(commune), null, null);
					}
				}
			}
		}

		/** The late district is split off its mother district: the communes it takes move to it. */
		private void lateDistrict() {
			if (lateDistrict == null) {
				return;
			}
			Decision decision = decision(random, "TW", lateDistrict.establishedOn);
			for (SyntheticOrganization commune : communes) {
				if (commune.district == lateDistrict) {
					tree.restructure(decision, RestructuringOperation.MOVE,
							List.of(commune), null, null, null, lateDistrict);
					commune.currentParent = lateDistrict;
				}
			}
		}

		/** A commune or two move to a neighbouring district (boundary changes, 1980–1999). */
		private void boundaryChanges() {
			List<SyntheticOrganization> rural = province.districts.stream()
				.filter(d -> !urbanDistricts.contains(d) && d != lateDistrict && d != motherDistrict)
				.toList();
			if (rural.size() < 2) {
				return;
			}
			int moves = 1 + random.nextInt(2);
			for (int i = 0; i < moves; i++) {
				SyntheticOrganization from = random.pick(rural);
				List<SyntheticOrganization> candidates = communes.stream()
					.filter(c -> c.currentParent == from && !c.founding)
					.toList();
				if (candidates.isEmpty()) {
					continue;
				}
				SyntheticOrganization commune = random.pick(candidates);
				SyntheticOrganization to = random.pick(rural);
				if (to == from) {
					continue;
				}
				LocalDate on = random.dateBetween(max(commune.establishedOn.plusYears(1), LocalDate.of(1980, 1, 1)),
						LocalDate.of(1999, 12, 31));
				tree.restructure(decision(random, "TU", on), RestructuringOperation.MOVE, List.of(commune), null, null, null, to);
				commune.currentParent = to;
				commune.district = to;
			}
		}

		/** The blocs take over the provincial agencies and state enterprises established before them. */
		private void blocsTakeOver() {
			Map<SyntheticOrganization, Decision> decisions = new LinkedHashMap<>();
			for (SyntheticOrganization g : province.grassroots) {
				SyntheticOrganization bloc = g.kind == Kind.AGENCY ? province.agencyBloc
						: g.field == OrganizationField.STATE_ENTERPRISE ? province.enterpriseBloc : null;
				if (bloc != null && g.parent == province.root) {
					tree.restructure(decisions.computeIfAbsent(bloc, b -> decision(random, "TU", b.establishedOn)),
							RestructuringOperation.MOVE, List.of(g), null,
							null, null, bloc);
					g.currentParent = bloc;
				}
			}
		}

		/** A few hamlets were renamed, and their cells with them. */
		private void hamletRenames() {
			for (SyntheticOrganization unit : province.residentialUnits) {
				if (unit.parent.field == OrganizationField.WARD || !random.chance(0.02)) {
					continue;
				}
				LocalDate from = max(unit.establishedOn.plusYears(1), LocalDate.of(1990, 1, 1));
				if (from.isAfter(LocalDate.of(2015, 12, 31))) {
					continue;
				}
				LocalDate on = random.dateBetween(from, LocalDate.of(2015, 12, 31));
				tree.restructure(decision(random, unit.parent.issuer, on), RestructuringOperation.RENAME, List.of(unit), null,
						"Chi bộ " + profile.region().hamlet(false) + " " + VietnameseNames.place(random, places), null,
						null);
			}
		}

		/** Agencies merged (2015–2020, "giảm đầu mối"): a grassroots cell into another under the same parent. */
		private void agencyMerges(int count) {
			List<SyntheticOrganization> candidates = province.grassroots.stream()
				.filter(g -> g.kind == Kind.AGENCY && g.type == OrganizationType.GRASSROOTS_CELL)
				.toList();
			Set<SyntheticOrganization> taken = new HashSet<>();
			for (int attempt = 0; attempt < count * 20 && count > 0 && candidates.size() > 1; attempt++) {
				SyntheticOrganization subject = random.pick(candidates);
				SyntheticOrganization target = random.pick(candidates);
				if (subject == target || taken.contains(subject) || taken.contains(target)
						|| subject.currentParent != target.currentParent) {
					continue;
				}
				LocalDate from = max(max(subject.establishedOn, target.establishedOn).plusDays(60),
						LocalDate.of(2015, 1, 1));
				if (from.isAfter(LocalDate.of(2020, 12, 15))) {
					continue;
				}
				LocalDate on = random.dateBetween(from, LocalDate.of(2020, 12, 15));
				tree.restructure(decision(random, subject.currentParent.issuer, on), RestructuringOperation.MERGE,
						List.of(subject), target.code, null, null, null);
				subject.endsOn = on;
				subject.mergedInto = target;
				taken.add(subject);
				taken.add(target);
				count--;
			}
		}

		/** Hamlets merged in 2019–2020, and their cells with them. */
		private void hamletMerges() {
			for (SyntheticOrganization commune : communes) {
				List<SyntheticOrganization> cells = commune.units.stream().filter(u -> u.residential).toList();
				Set<SyntheticOrganization> targets = new HashSet<>();
				for (SyntheticOrganization cell : cells) {
					if (cell.founding || targets.contains(cell) || !random.chance(0.08)) {
						continue;
					}
					LocalDate on = random.dateBetween(LocalDate.of(2019, 3, 1), LocalDate.of(2020, 10, 31));
					List<SyntheticOrganization> siblings = cells.stream()
						.filter(c -> c != cell && c.endsOn == null && c.establishedOn.isBefore(on))
						.toList();
					if (siblings.isEmpty() || !cell.establishedOn.isBefore(on)) {
						continue;
					}
					SyntheticOrganization target = random.pick(siblings);
					tree.restructure(decision(random, commune.currentParent.issuer, on), RestructuringOperation.MERGE,
							List.of(cell), target.code, null, null, null);
					cell.endsOn = on;
					cell.mergedInto = target;
					targets.add(target);
				}
			}
		}

		/**
		 * Private enterprises close: their cell is dissolved once its members have transferred out (the member
		 * generator moves them; {@link SyntheticOrganization#acceptsOn} keeps new ones out).
		 */
		private void enterpriseClosures(int count, LocalDate earliest, LocalDate latest) {
			List<SyntheticOrganization> candidates = province.grassroots.stream()
				.filter(g -> g.field == OrganizationField.NON_STATE_ENTERPRISE
						&& g.type == OrganizationType.GRASSROOTS_CELL && g.endsOn == null)
				.toList();
			for (int attempt = 0; attempt < count * 20 && count > 0 && !candidates.isEmpty(); attempt++) {
				SyntheticOrganization g = random.pick(candidates);
				LocalDate from = max(g.establishedOn.plusYears(4), earliest);
				if (g.endsOn != null || from.isAfter(latest)) {
					continue;
				}
				LocalDate on = random.dateBetween(from, latest);
				if (on.getMonthValue() < 3 || on.getMonthValue() > 10) {
					on = on.withMonth(Month.MAY.getValue());
				}
				tree.restructure(decision(random, g.currentParent.issuer, on), RestructuringOperation.DISSOLVE, List.of(g), null,
						null, null, null);
				g.endsOn = on;
				g.dissolved = true;
				count--;
			}
		}

		/**
		 * February 2025: the enterprise bloc becomes the People's Committee's party committee, which also takes the
		 * government departments; the agency bloc keeps the party and mass-organization agencies.
		 */
		private void blocReform() {
			String code = profile.code() + ".UB";
			SyntheticOrganization committee = new SyntheticOrganization(code,
					"Đảng bộ Ủy ban nhân dân " + profile.kind(), OrganizationType.UPPER_GRASSROOTS,
					OrganizationField.STATE_AGENCY, province.root, BLOC_REFORM, Kind.OTHER);
			committee.createdByMerge = true;
			committee.issuer = "ĐU";
			Decision decision = decision(random, "TU", BLOC_REFORM);
			tree.restructure(decision, RestructuringOperation.MERGE, List.of(province.enterpriseBloc),
					code, committee.name, OrganizationType.UPPER_GRASSROOTS, province.root);
			tree.add(committee);
			province.enterpriseBloc.endsOn = BLOC_REFORM;
			province.peoplesCommittee = committee;
			for (SyntheticOrganization g : province.grassroots) {
				if (g.currentParent == province.enterpriseBloc) {
					g.currentParent = committee;
				}
				else if (g.currentParent == province.agencyBloc && g.existsOn(BLOC_REFORM)
						&& GOVERNMENT.matcher(g.name.replaceFirst("^(Đảng bộ|Chi bộ) ", "")).matches()) {
					tree.restructure(decision, RestructuringOperation.MOVE, List.of(g), null, null,
							null, committee);
					g.currentParent = committee;
				}
			}
			tree.restructure(decision, RestructuringOperation.RENAME, List.of(province.agencyBloc),
					null, "Đảng bộ các cơ quan Đảng " + profile.kind(), null, null);
		}

		/**
		 * 1/7/2025 (R-ORG-3): each district's communes merge, two to four at a time, into new commune-level
		 * committees directly under the province; their residential and other cells become grassroots cells; the
		 * district's other grassroots organizations move under one of the new communes (its military cell under the
		 * provincial military committee); the district, empty now, is dissolved.
		 */
		private void abolishDistricts() {
			int wards = 0;
			int rurals = 0;
			Set<String> newPlaces = new HashSet<>();
			for (SyntheticOrganization district : province.districts) {
				Decision decision = decision(random, "TU", REORGANIZATION);
				List<SyntheticOrganization> members = communes.stream()
					.filter(c -> c.currentParent == district && c.existsOn(REORGANIZATION))
					.toList();
				List<SyntheticOrganization> created = new ArrayList<>();
				int i = 0;
				while (i < members.size()) {
					int size = Math.min(members.size() - i, 2 + random.weighted(new double[] { 0.3, 0.45, 0.25 }));
					if (members.size() - i - size == 1) {
						size++;
					}
					List<SyntheticOrganization> group = members.subList(i, i + size);
					i += size;
					boolean ward = group.stream().filter(c -> c.field == OrganizationField.WARD).count() * 2 >= size;
					String code = ward ? String.format("%s.P%02d", profile.code(), ++wards)
							: String.format("%s.X%02d", profile.code(), ++rurals);
					String place = communePlaces.get(group.get(0));
					if (random.chance(0.4) || !newPlaces.add(place)) {
						place = VietnameseNames.place(random, places);
						newPlaces.add(place);
					}
					String name = "Đảng bộ " + (ward ? "phường " : "xã ") + place;
					SyntheticOrganization commune = new SyntheticOrganization(code, name,
							OrganizationType.UPPER_GRASSROOTS, group.get(0).field, province.root, REORGANIZATION,
							Kind.OTHER);
					commune.createdByMerge = true;
					commune.issuer = "ĐU";
					tree.restructure(decision, RestructuringOperation.MERGE, group, code, name,
							OrganizationType.UPPER_GRASSROOTS, province.root);
					tree.add(commune);
					created.add(commune);
					for (SyntheticOrganization old : group) {
						old.endsOn = REORGANIZATION;
						for (SyntheticOrganization cell : old.units) {
							if (cell.existsOn(REORGANIZATION)) {
								tree.restructure(decision, RestructuringOperation.CHANGE_TYPE,
										List.of(cell), null, null, OrganizationType.GRASSROOTS_CELL, null);
								cell.currentParent = commune;
							}
						}
					}
				}
				for (SyntheticOrganization g : province.grassroots) {
					if (g.currentParent != district || !g.existsOn(REORGANIZATION)) {
						continue;
					}
					SyntheticOrganization to = g.kind == Kind.ARMED || created.isEmpty() ? province.military
							: random.pick(created);
					tree.restructure(decision, RestructuringOperation.MOVE, List.of(g), null, null,
							null, to);
					g.currentParent = to;
				}
				tree.restructure(decision, RestructuringOperation.DISSOLVE, List.of(district), null,
						null, null, null);
				district.endsOn = REORGANIZATION;
			}
		}

		// ---- small helpers

		private List<String> shuffled(List<String> names) {
			List<String> copy = new ArrayList<>(names);
			for (int i = copy.size() - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				String swap = copy.get(i);
				copy.set(i, copy.get(j));
				copy.set(j, swap);
			}
			return copy;
		}

		/** A date in [from, to]; {@code from} when the range is empty (an organization established late). */
		private LocalDate between(LocalDate from, LocalDate to) {
			return from.isAfter(to) ? from : random.dateBetween(from, to);
		}

		private static OrganizationField agencyField(String name) {
			return PUBLIC_SERVICE.matcher(name).matches() ? OrganizationField.PUBLIC_SERVICE
					: OrganizationField.STATE_AGENCY;
		}

		private static LocalDate max(LocalDate a, LocalDate b) {
			return a.isAfter(b) ? a : b;
		}

	}

}
