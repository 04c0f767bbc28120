package vn.dangvu.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code generate} makes: the provinces and their sizes. {@code city} is the seed city of PRODUCT.md (Cần Thơ
 * before 2025: 721 grassroots organizations, ~50,000 members); {@code province} is Cần Thơ with the two provinces
 * merged into it on 1/7/2025 (~150,000 members); {@code national} is the 63 provinces that became 34 (~5.5 million
 * members, ~52,000 grassroots organizations; DOMAIN.md §8.1).
 */
record SyntheticScale(String name, List<ProvincePlan> provinces) {

	/**
	 * One province to generate.
	 *
	 * @param members members alive and in the Party at the end of the history (31/12/2025)
	 * @param grassroots grassroots organizations before the 2025 reorganization
	 * @param communeShare the share of the grassroots organizations that are commune, ward or township committees
	 * @param communesPerDistrict how many of those a district has
	 */
	record ProvincePlan(ProvinceProfile profile, int members, int grassroots, double communeShare,
			double communesPerDistrict) {
	}

	/** Generic shape of a province: a fifth of its grassroots organizations are communes, ~14 to a district. */
	private static final double COMMUNE_SHARE = 0.19;

	private static final double COMMUNES_PER_DISTRICT = 14;

	SyntheticScale {
		provinces = List.copyOf(provinces);
	}

	static SyntheticScale named(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "city" -> city();
			case "province" -> province();
			case "national" -> national();
			default -> throw new IllegalArgumentException(
					"Không có quy mô " + name + "; chọn một trong city, province, national.");
		};
	}

	/** Cần Thơ as in PRODUCT.md: 721 grassroots organizations (85 of them communes and wards, in 9 districts). */
	static SyntheticScale city() {
		return new SyntheticScale("city",
				List.of(new ProvincePlan(ProvinceProfile.canTho(), 50_000, 721, 85.0 / 721, 9.5)));
	}

	/** Cần Thơ, Hậu Giang and Sóc Trăng, merged into Cần Thơ on 1/7/2025 (DOMAIN.md §8.2). */
	static SyntheticScale province() {
		return new SyntheticScale("province", List.of(
				new ProvincePlan(ProvinceProfile.canTho(), 50_000, 721, 85.0 / 721, 9.5),
				new ProvincePlan(ProvinceProfile.byCode("HAG"), 42_000, 610, COMMUNE_SHARE, 10),
				new ProvincePlan(ProvinceProfile.byCode("STG"), 58_000, 840, COMMUNE_SHARE, 11)));
	}

	/** The 63 provinces, sized by their weights to ~5.5 million members and ~52,000 grassroots organizations. */
	static SyntheticScale national() {
		double total = ProvinceProfile.VIETNAM_BEFORE_2025.stream().mapToDouble(ProvinceProfile::weight).sum();
		List<ProvincePlan> plans = new ArrayList<>();
		for (ProvinceProfile profile : ProvinceProfile.VIETNAM_BEFORE_2025) {
			double share = profile.weight() / total;
			plans.add(new ProvincePlan(profile, (int) Math.round(5_500_000 * share),
					(int) Math.round(52_000 * share), COMMUNE_SHARE, COMMUNES_PER_DISTRICT));
		}
		return new SyntheticScale("national", plans);
	}

	/** The same provinces with members and grassroots organizations multiplied by {@code factor} (for tests). */
	SyntheticScale scaled(double factor) {
		return new SyntheticScale(name + "×" + factor, provinces.stream()
			.map(p -> new ProvincePlan(p.profile(), (int) Math.round(p.members() * factor),
					Math.max(12, (int) Math.round(p.grassroots() * factor)), p.communeShare(),
					p.communesPerDistrict()))
			.toList());
	}

}
