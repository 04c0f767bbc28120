package vn.dangvu.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A province of the synthetic data: its real name and code (public geography, no personal data), the region that
 * shapes its names, ethnic and religious mix, its relative size, and the province it merged into on 1/7/2025
 * (DOMAIN.md §1.1, §8.1: 63 → 34).
 *
 * @param code letters only, the prefix of its organization codes and member numbers
 * @param number the administrative number of the province, the prefix of its party card numbers
 * @param weight relative size (about the population in millions)
 * @param mergesInto the code of the province it merged into on 1/7/2025; {@code null} when it was kept
 * @param minorities percent of members of each ethnicity other than Kinh
 */
record ProvinceProfile(String code, String name, boolean city, Region region, int number, double weight,
		String mergesInto, Map<String, Double> minorities) {

	/** The parts of the country, for names, ethnicities and religions. */
	enum Region {

		RED_RIVER(false), NORTHERN_MOUNTAINS(false), NORTH_CENTRAL(false), SOUTH_CENTRAL(true),
		CENTRAL_HIGHLANDS(true), SOUTHEAST(true), MEKONG(true);

		/** Southern naming habits (Huỳnh, Võ; ấp, khóm) rather than northern ones (Hoàng, Vũ; thôn, tổ dân phố). */
		final boolean south;

		Region(boolean south) {
			this.south = south;
		}

		/** The word for a hamlet or quarter, in a commune or in a ward. */
		String hamlet(boolean ward) {
			return switch (this) {
				case MEKONG -> ward ? "khu vực" : "ấp";
				case SOUTHEAST -> ward ? "khu phố" : "ấp";
				case CENTRAL_HIGHLANDS -> ward ? "tổ dân phố" : "thôn";
				case NORTHERN_MOUNTAINS -> ward ? "tổ dân phố" : "bản";
				default -> ward ? "tổ dân phố" : "thôn";
			};
		}

		/** Percent of members of each religion (the rest have none). */
		Map<String, Double> religions() {
			return switch (this) {
				case MEKONG -> ordered("Phật giáo", 3.0, "Hòa Hảo", 1.2, "Cao Đài", 0.8, "Công giáo", 0.5);
				case SOUTHEAST -> ordered("Phật giáo", 2.0, "Công giáo", 1.5, "Cao Đài", 0.8);
				case SOUTH_CENTRAL -> ordered("Phật giáo", 2.0, "Công giáo", 0.6, "Cao Đài", 0.2);
				case CENTRAL_HIGHLANDS -> ordered("Công giáo", 1.5, "Phật giáo", 1.0, "Tin Lành", 0.8);
				case RED_RIVER -> ordered("Phật giáo", 1.2, "Công giáo", 0.8);
				case NORTH_CENTRAL -> ordered("Phật giáo", 1.0, "Công giáo", 0.8);
				case NORTHERN_MOUNTAINS -> ordered("Phật giáo", 0.6, "Tin Lành", 0.3);
			};
		}

	}

	ProvinceProfile {
		minorities = Map.copyOf(minorities);
	}

	/** "tỉnh" or "thành phố", as in "Đảng bộ thành phố Cần Thơ". */
	String kind() {
		return city ? "thành phố" : "tỉnh";
	}

	/** The minorities in a fixed order (a map copy has none). */
	List<Map.Entry<String, Double>> minorityList() {
		return minorities.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
	}

	private static Map<String, Double> ordered(Object... pairs) {
		Map<String, Double> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (Double) pairs[i + 1]);
		}
		return map;
	}

	/** The seed city of PRODUCT.md. */
	static ProvinceProfile canTho() {
		return byCode("CT");
	}

	static ProvinceProfile byCode(String code) {
		return VIETNAM_BEFORE_2025.stream()
			.filter(p -> p.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no province " + code));
	}

	/**
	 * The 63 provinces before 1/7/2025 and the 34 they became (the 23 merged provinces keep the name of one of their
	 * parts: here they merge into that part). Weights are rough population shares.
	 */
	static final List<ProvinceProfile> VIETNAM_BEFORE_2025 = provinces(
			// code | name | city | region | number | weight | merges into | minorities
			"HNI|Hà Nội|c|RED_RIVER|1|8.4||Mường:0.5",
			"HGI|Hà Giang|p|NORTHERN_MOUNTAINS|2|0.9|TQG|H'Mông:25,Tày:20,Dao:12,Nùng:8",
			"CBG|Cao Bằng|p|NORTHERN_MOUNTAINS|4|0.55||Tày:40,Nùng:28,H'Mông:5,Dao:5",
			"BKN|Bắc Kạn|p|NORTHERN_MOUNTAINS|6|0.33|TNN|Tày:45,Nùng:8,Dao:10,H'Mông:3",
			"TQG|Tuyên Quang|p|NORTHERN_MOUNTAINS|8|0.8||Tày:25,Dao:10,Sán Dìu:4,H'Mông:3",
			"LCI|Lào Cai|p|NORTHERN_MOUNTAINS|10|0.75||H'Mông:15,Tày:12,Dao:10,Giáy:4",
			"DBN|Điện Biên|p|NORTHERN_MOUNTAINS|11|0.62||Thái:35,H'Mông:20",
			"LCU|Lai Châu|p|NORTHERN_MOUNTAINS|12|0.47||Thái:25,H'Mông:20,Dao:8,Giáy:3",
			"SLA|Sơn La|p|NORTHERN_MOUNTAINS|14|1.28||Thái:40,H'Mông:10,Mường:6",
			"YBI|Yên Bái|p|NORTHERN_MOUNTAINS|15|0.84|LCI|Tày:15,Dao:8,H'Mông:6,Thái:4",
			"HBH|Hòa Bình|p|NORTHERN_MOUNTAINS|17|0.87|PTO|Mường:55,Thái:3,Dao:1",
			"TNN|Thái Nguyên|p|NORTHERN_MOUNTAINS|19|1.3||Tày:8,Nùng:4,Sán Dìu:2",
			"LSN|Lạng Sơn|p|NORTHERN_MOUNTAINS|20|0.79||Nùng:38,Tày:30,Dao:3",
			"QNH|Quảng Ninh|p|RED_RIVER|22|1.35||Dao:2,Tày:1.5,Sán Dìu:1",
			"BGG|Bắc Giang|p|NORTHERN_MOUNTAINS|24|1.86|BNH|Nùng:3,Tày:2,Sán Dìu:1",
			"PTO|Phú Thọ|p|NORTHERN_MOUNTAINS|25|1.5||Mường:10",
			"VPC|Vĩnh Phúc|p|RED_RIVER|26|1.2|PTO|Sán Dìu:1",
			"BNH|Bắc Ninh|p|RED_RIVER|27|1.4||",
			"HDG|Hải Dương|p|RED_RIVER|30|1.95|HPG|",
			"HPG|Hải Phòng|c|RED_RIVER|31|2.1||",
			"HYN|Hưng Yên|p|RED_RIVER|33|1.28||",
			"TBH|Thái Bình|p|RED_RIVER|34|1.88|HYN|",
			"HNM|Hà Nam|p|RED_RIVER|35|0.88|NBH|",
			"NDH|Nam Định|p|RED_RIVER|36|1.88|NBH|",
			"NBH|Ninh Bình|p|RED_RIVER|37|1.0||Mường:2",
			"THA|Thanh Hóa|p|NORTH_CENTRAL|38|3.7||Mường:8,Thái:5",
			"NAN|Nghệ An|p|NORTH_CENTRAL|40|3.4||Thái:7,Khơ Mú:1,H'Mông:1",
			"HTH|Hà Tĩnh|p|NORTH_CENTRAL|42|1.3||",
			"QBH|Quảng Bình|p|NORTH_CENTRAL|44|0.9|QTI|Bru-Vân Kiều:1",
			"QTI|Quảng Trị|p|NORTH_CENTRAL|45|0.64||Bru-Vân Kiều:6,Tà Ôi:2",
			"HUE|Huế|c|NORTH_CENTRAL|46|1.15||Tà Ôi:2,Cơ Tu:1",
			"DNG|Đà Nẵng|c|SOUTH_CENTRAL|48|1.2||Cơ Tu:0.5",
			"QNM|Quảng Nam|p|SOUTH_CENTRAL|49|1.5|DNG|Cơ Tu:3,Xơ Đăng:2",
			"QNI|Quảng Ngãi|p|SOUTH_CENTRAL|51|1.24||Hrê:8,Ca Dong:2",
			"BDH|Bình Định|p|SOUTH_CENTRAL|52|1.5|GLI|Ba Na:2,Chăm:0.5",
			"PYN|Phú Yên|p|SOUTH_CENTRAL|54|0.87|DLK|Ê Đê:2,Chăm:1",
			"KHA|Khánh Hòa|p|SOUTH_CENTRAL|56|1.25||Ra Glai:2",
			"NTN|Ninh Thuận|p|SOUTH_CENTRAL|58|0.6|KHA|Chăm:10,Ra Glai:8",
			"BTN|Bình Thuận|p|SOUTH_CENTRAL|60|1.25|LDG|Chăm:3,Ra Glai:1,Hoa:1",
			"KTM|Kon Tum|p|CENTRAL_HIGHLANDS|62|0.57|QNI|Xơ Đăng:20,Ba Na:15,Gia Rai:5",
			"GLI|Gia Lai|p|CENTRAL_HIGHLANDS|64|1.6||Gia Rai:25,Ba Na:10",
			"DLK|Đắk Lắk|p|CENTRAL_HIGHLANDS|66|1.9||Ê Đê:15,M'Nông:2,Tày:3,Nùng:3",
			"DNO|Đắk Nông|p|CENTRAL_HIGHLANDS|67|0.66|LDG|M'Nông:8,Tày:4,Nùng:4,H'Mông:2",
			"LDG|Lâm Đồng|p|CENTRAL_HIGHLANDS|68|1.33||Cơ Ho:10,Mạ:2,Chu Ru:1",
			"BPC|Bình Phước|p|SOUTHEAST|70|1.0|DNI|S'tiêng:6,Khmer:1.5,Tày:1,Nùng:1",
			"TNH|Tây Ninh|p|SOUTHEAST|72|1.18||Khmer:1,Chăm:0.3",
			"BDG|Bình Dương|p|SOUTHEAST|74|2.6|HCM|Hoa:0.8,Khmer:0.5",
			"DNI|Đồng Nai|p|SOUTHEAST|75|3.2||Hoa:2,Chơ Ro:0.5,Tày:0.5,Nùng:0.5",
			"BRV|Bà Rịa – Vũng Tàu|p|SOUTHEAST|77|1.2|HCM|Hoa:0.8,Chơ Ro:0.8",
			"HCM|Hồ Chí Minh|c|SOUTHEAST|79|9.4||Hoa:3,Khmer:0.3",
			"LAN|Long An|p|MEKONG|80|1.7|TNH|Khmer:0.3",
			"TGG|Tiền Giang|p|MEKONG|82|1.78|DTP|",
			"BTE|Bến Tre|p|MEKONG|83|1.3|VLG|",
			"TVH|Trà Vinh|p|MEKONG|84|1.0|VLG|Khmer:18,Hoa:0.5",
			"VLG|Vĩnh Long|p|MEKONG|86|1.03||Khmer:1.5,Hoa:0.5",
			"DTP|Đồng Tháp|p|MEKONG|87|1.6||",
			"AGG|An Giang|p|MEKONG|89|1.9||Khmer:3,Chăm:0.5,Hoa:0.5",
			"KGG|Kiên Giang|p|MEKONG|91|1.73|AGG|Khmer:7,Hoa:1.2",
			"CT|Cần Thơ|c|MEKONG|92|1.25||Khmer:1.8,Hoa:1.2",
			"HAG|Hậu Giang|p|MEKONG|93|0.73|CT|Khmer:2,Hoa:0.6",
			"STG|Sóc Trăng|p|MEKONG|94|1.2|CT|Khmer:16,Hoa:2.5",
			"BLU|Bạc Liêu|p|MEKONG|95|0.91|CMU|Khmer:4,Hoa:1.5",
			"CMU|Cà Mau|p|MEKONG|96|1.2||Khmer:1,Hoa:0.5");

	private static List<ProvinceProfile> provinces(String... rows) {
		List<ProvinceProfile> list = new ArrayList<>();
		for (String row : rows) {
			String[] cells = row.split("\\|", -1);
			Map<String, Double> minorities = new LinkedHashMap<>();
			if (!cells[7].isEmpty()) {
				for (String pair : cells[7].split(",")) {
					String[] kv = pair.split(":");
					minorities.put(kv[0], Double.parseDouble(kv[1]));
				}
			}
			list.add(new ProvinceProfile(cells[0], cells[1], cells[2].equals("c"), Region.valueOf(cells[3]),
					Integer.parseInt(cells[4]), Double.parseDouble(cells[5]), cells[6].isEmpty() ? null : cells[6],
					minorities));
		}
		return List.copyOf(list);
	}

}
