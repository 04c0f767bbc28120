package vn.dangvu.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/**
 * Synthetic Vietnamese names: people (family, middle and given names by gender, era and ethnicity, drawn from common
 * names so that no real person is meant), places (two auspicious Sino-Vietnamese syllables, as most commune names are)
 * and units (agencies, schools, companies). Every name is NFC.
 */
final class VietnameseNames {

	private static final List<String> FAMILY_NORTH = nfc("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng",
			"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Đoàn", "Mai", "Cao", "Hà", "Tạ", "Trịnh",
			"Đào", "Lã", "Kiều", "Phùng", "Tô", "Nghiêm", "Khuất");

	private static final double[] FAMILY_NORTH_WEIGHTS = { 36, 11, 9.5, 7, 4.5, 3.5, 4, 2.2, 2.2, 1.8, 1.1, 1.3, 1.1,
			0.5, 1, 0.9, 0.8, 0.9, 0.6, 0.8, 0.6, 0.4, 0.9, 1, 0.2, 0.3, 0.4, 0.3, 0.2, 0.1 };

	private static final List<String> FAMILY_SOUTH = nfc("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Võ", "Đặng",
			"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tô", "Châu", "Lương", "Cao", "Tạ",
			"Hà", "Đoàn", "Thái", "Từ", "Quách", "La", "Văn");

	private static final double[] FAMILY_SOUTH_WEIGHTS = { 38, 11, 9.5, 6, 5, 4.5, 4.5, 2, 1.8, 1.4, 1.5, 1.3, 1.2,
			0.8, 1.2, 0.6, 0.9, 0.6, 0.4, 0.5, 0.5, 0.6, 0.3, 0.4, 0.6, 0.4, 0.3, 0.3, 0.2, 0.2 };

	private static final List<String> MIDDLE_MALE = nfc("Văn", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Công", "Ngọc",
			"Xuân", "Đình", "Quang", "Hoàng", "Tấn", "Trọng", "Thành", "Duy", "Gia", "Anh", "Tuấn", "Bá", "Chí", "Phước",
			"Hoài", "Việt", "Trung", "Nhật");

	private static final List<String> MIDDLE_FEMALE = nfc("Ngọc", "Thanh", "Thu", "Kim", "Mỹ", "Hồng", "Bích",
			"Phương", "Thùy", "Diệu", "Khánh", "Bảo", "Minh", "Hoài", "Tuyết", "Cẩm", "Thúy", "Hải", "Quỳnh", "Như");

	private static final List<String> GIVEN_MALE = nfc("An", "Bình", "Cường", "Chiến", "Dũng", "Duy", "Đạt", "Định",
			"Đông", "Giang", "Hải", "Hào", "Hậu", "Hiếu", "Hòa", "Hoàng", "Hùng", "Huy", "Hưng", "Khang", "Khải", "Khoa",
			"Kiên", "Lâm", "Long", "Lộc", "Luân", "Lực", "Minh", "Nam", "Nghĩa", "Nhân", "Phát", "Phong", "Phúc", "Phương",
			"Quang", "Quân", "Sang", "Sơn", "Tài", "Tâm", "Tân", "Thái", "Thắng", "Thành", "Thiện", "Thịnh", "Thông",
			"Toàn", "Trí", "Trung", "Trường", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hiển", "Khánh");

	private static final List<String> GIVEN_FEMALE = nfc("Anh", "Bích", "Châu", "Chi", "Diễm", "Dung", "Duyên", "Giang",
			"Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Khanh", "Lan", "Liên", "Linh", "Loan", "Mai",
			"My", "Nga", "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phượng", "Quyên", "Tâm", "Thảo", "Thơ", "Thu", "Thủy",
			"Thư", "Trang", "Trâm", "Trinh", "Tuyết", "Uyên", "Vân", "Vy", "Xuân", "Yến", "Hậu", "Lệ", "Mến", "Nguyệt");

	private static final List<String> FAMILY_KHMER = nfc("Thạch", "Sơn", "Danh", "Kim", "Lâm", "Chau", "Lý", "Trần");

	private static final List<String> KHMER_SYLLABLES = nfc("Sóc", "Phol", "Sa", "Rươne", "Khen", "Chanh", "Đa", "Thol",
			"Ra", "Vy", "Kha", "Na", "Mon", "Sô", "Pha", "Ri", "Thia", "Sươl", "Ny", "Vanh");

	private static final List<String> FAMILY_HOA = nfc("Lâm", "Quách", "Trương", "Lưu", "Tăng", "Mã", "Hứa", "Lý",
			"Diệp", "Châu", "Thái", "Tạ", "Hồng", "Vương");

	private static final List<String> FAMILY_TAY_NUNG = nfc("Hoàng", "Nông", "Lương", "Ma", "Hà", "Đàm", "Triệu",
			"Lục", "Vi", "Lý", "Bế", "La");

	private static final List<String> FAMILY_THAI = nfc("Lò", "Cầm", "Lường", "Quàng", "Tòng", "Điêu", "Hà", "Vì",
			"Lê");

	private static final List<String> FAMILY_MUONG = nfc("Bùi", "Đinh", "Quách", "Hà", "Xa", "Bạch");

	private static final List<String> FAMILY_HMONG = nfc("Giàng", "Sùng", "Vàng", "Thào", "Lầu", "Mùa", "Hạng", "Lý",
			"Sình");

	private static final List<String> GIVEN_HMONG_MALE = nfc("A Páo", "Seo Chứ", "A Dế", "Seo Sính", "A Pàng",
			"Mí Chía", "A Lử", "Chẩn Sùng", "A Tủa", "Seo Lềnh");

	private static final List<String> GIVEN_HMONG_FEMALE = nfc("Thị Mỷ", "Thị Dợ", "Thị Chía", "Thị Sua", "Thị Máy",
			"Thị Pằng", "Thị Dua", "Thị Xua");

	private static final List<String> FAMILY_DAO = nfc("Triệu", "Bàn", "Đặng", "Lý", "Chảo", "Phùng");

	private static final List<String> HIGHLAND_CLANS = nfc("Niê", "Êban", "Byă", "Mlô", "Ayun", "Knul", "Adrơng",
			"Ksor", "Siu", "Rơ Mah", "Kpă", "Nay", "Rah Lan");

	private static final List<String> HIGHLAND_GIVEN = nfc("Ban", "Bliêng", "Thuôn", "Phơi", "Ngơn", "Kim", "Mai",
			"Juin", "Lơi", "Blô", "Sâm", "Nhi", "Dương", "Khuê", "Hen", "Djôn");

	private static final List<String> FAMILY_CHAM = nfc("Đạo", "Thiên", "Lưu", "Quảng", "Bá", "Châu", "Thông", "Từ");

	/** Syllables of commune, hamlet and company names. */
	private static final List<String> PLACE_SYLLABLES = nfc("An", "Bình", "Hòa", "Phú", "Long", "Tân", "Thạnh", "Thới",
			"Mỹ", "Phước", "Vĩnh", "Hưng", "Lợi", "Đông", "Tây", "Trường", "Thuận", "Lộc", "Khánh", "Xuân", "Hiệp", "Nhơn",
			"Định", "Thành", "Hội", "Lạc", "Hậu", "Thủy", "Trung", "Nghĩa", "Phong", "Điền", "Giang", "Thịnh", "Quang",
			"Đức", "Minh", "Hải", "Sơn", "Cát", "Tường", "Hiếu", "Kiến", "Đại", "Ninh", "Yên", "Thái", "Lương", "Hoàng",
			"Gia", "Tiến", "Hợp", "Châu", "Quý", "Dương", "Thọ", "Lập", "Trạch", "Mai", "Liên");

	private static final List<String> COMPANY_TRADES = nfc("Xây dựng", "Thủy sản", "Lương thực", "Thương mại",
			"Vận tải", "Dược phẩm", "Cơ khí", "May mặc", "Điện tử", "Chế biến nông sản", "Bao bì", "Xuất nhập khẩu",
			"Phần mềm", "Nhựa", "Vật liệu xây dựng", "Du lịch", "Thức ăn chăn nuôi", "Bất động sản", "Môi trường",
			"Logistics");

	private static final List<String> STATE_COMPANY_TRADES = nfc("Cấp thoát nước", "Điện lực", "Xổ số kiến thiết",
			"Công trình đô thị", "Cảng", "Lương thực", "Thủy lợi", "Môi trường đô thị", "Phát hành sách", "Xăng dầu",
			"Dược phẩm", "Bến xe", "In", "Khai thác thủy lợi", "Lâm nghiệp");

	/** Agencies and public services of a district, in the order a district usually has them. */
	static final List<String> DISTRICT_AGENCIES = nfc("Văn phòng Huyện ủy", "Ủy ban Mặt trận Tổ quốc",
			"Văn phòng HĐND và UBND", "Phòng Giáo dục và Đào tạo", "Phòng Tài chính – Kế hoạch",
			"Phòng Tài nguyên và Môi trường", "Phòng Nội vụ", "Phòng Lao động – Thương binh và Xã hội",
			"Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Kinh tế – Hạ tầng", "Phòng Văn hóa và Thông tin",
			"Phòng Tư pháp", "Thanh tra huyện", "Chi cục Thuế", "Kho bạc Nhà nước", "Bảo hiểm xã hội", "Tòa án nhân dân",
			"Viện Kiểm sát nhân dân", "Chi cục Thi hành án dân sự", "Trung tâm Y tế", "Bệnh viện Đa khoa",
			"Trung tâm Văn hóa – Thể thao", "Ngân hàng Chính sách xã hội", "Ban Quản lý dự án đầu tư xây dựng",
			"Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên", "Hội Nông dân", "Liên đoàn Lao động",
			"Huyện đoàn", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh");

	/** Departments and public services of a province. */
	static final List<String> PROVINCIAL_AGENCIES = nfc("Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
			"Ban Tuyên giáo Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
			"Văn phòng UBND tỉnh", "Văn phòng Đoàn ĐBQH và HĐND", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tài chính",
			"Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Tư pháp", "Sở Nội vụ",
			"Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường",
			"Sở Lao động – Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ",
			"Sở Thông tin và Truyền thông", "Thanh tra tỉnh", "Cục Thuế", "Cục Hải quan", "Kho bạc Nhà nước tỉnh",
			"Bảo hiểm xã hội tỉnh", "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Cục Thi hành án dân sự",
			"Ủy ban Mặt trận Tổ quốc tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh",
			"Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Đài Phát thanh và Truyền hình", "Báo Đảng bộ tỉnh",
			"Bệnh viện Đa khoa tỉnh", "Bệnh viện Nhi đồng", "Bệnh viện Lao và Bệnh phổi", "Bệnh viện Y học cổ truyền",
			"Bệnh viện Tâm thần", "Trung tâm Kiểm soát bệnh tật", "Trường Chính trị", "Trường Đại học",
			"Trường Cao đẳng Y tế", "Trường Cao đẳng Kinh tế – Kỹ thuật", "Thư viện tỉnh", "Bảo tàng tỉnh",
			"Ban Quản lý các khu công nghiệp", "Trung tâm Xúc tiến Đầu tư", "Quỹ Đầu tư phát triển");

	private static final List<String> SCHOOLS = nfc("Trường THPT", "Trường THCS", "Trường Tiểu học", "Trường Mầm non");

	static final List<String> PROVINCIAL_ARMED = nfc("Bộ Chỉ huy Quân sự – Cơ quan", "Phòng Tham mưu", "Phòng Chính trị",
			"Phòng Hậu cần – Kỹ thuật", "Trung đoàn Bộ binh", "Tiểu đoàn Bộ binh 1", "Tiểu đoàn Bộ binh 2",
			"Đại đội Trinh sát", "Đại đội Công binh", "Đại đội Thông tin", "Trường Quân sự", "Ban Chỉ huy Quân sự các cơ quan",
			"Đại đội Phòng hóa", "Kho Vũ khí");

	static final List<String> PROVINCIAL_POLICE = nfc("Phòng Tham mưu", "Phòng Cảnh sát Hình sự",
			"Phòng Cảnh sát Giao thông", "Phòng Cảnh sát Kinh tế", "Phòng An ninh Chính trị Nội bộ",
			"Phòng An ninh Kinh tế", "Phòng Cảnh sát Phòng cháy chữa cháy", "Phòng Cảnh sát Cơ động",
			"Phòng Cảnh sát Quản lý hành chính", "Trại Tạm giam", "Phòng Xây dựng phong trào",
			"Phòng Hậu cần", "Phòng Cảnh sát Điều tra tội phạm về ma túy", "Phòng Quản lý xuất nhập cảnh",
			"Phòng Kỹ thuật hình sự");

	private VietnameseNames() {
	}

	/** A full name: family, middle and given names, by gender, birth year, region and ethnicity. */
	static String person(SeededRandom random, boolean female, int birthYear, boolean south, String ethnicity) {
		String name = switch (ethnicity) {
			case "Khmer" -> khmer(random, female);
			case "Hoa" -> random.pick(FAMILY_HOA) + " " + middle(random, female, birthYear) + " " + given(random, female);
			case "Tày", "Nùng", "Sán Dìu", "Giáy" -> random.pick(FAMILY_TAY_NUNG) + " " + middle(random, female, birthYear)
					+ " " + given(random, female);
			case "Thái", "Khơ Mú" -> random.pick(FAMILY_THAI) + " " + middle(random, female, birthYear) + " "
					+ given(random, female);
			case "Mường" -> random.pick(FAMILY_MUONG) + " " + middle(random, female, birthYear) + " "
					+ given(random, female);
			case "H'Mông" -> random.pick(FAMILY_HMONG) + " "
					+ random.pick(female ? GIVEN_HMONG_FEMALE : GIVEN_HMONG_MALE);
			case "Dao" -> random.pick(FAMILY_DAO) + " " + middle(random, female, birthYear) + " " + given(random, female);
			case "Ê Đê", "M'Nông", "Gia Rai", "Ba Na", "Xơ Đăng", "Cơ Ho", "Mạ", "Chu Ru", "S'tiêng", "Chơ Ro" ->
				highland(random, female, ethnicity);
			case "Chăm", "Ra Glai" -> random.pick(FAMILY_CHAM) + " " + middle(random, female, birthYear) + " "
					+ given(random, female);
			default -> family(random, south) + " " + middle(random, female, birthYear) + " " + given(random, female);
		};
		return Normalizer.normalize(name, Normalizer.Form.NFC);
	}

	private static String family(SeededRandom random, boolean south) {
		return south ? FAMILY_SOUTH.get(random.weighted(FAMILY_SOUTH_WEIGHTS))
				: FAMILY_NORTH.get(random.weighted(FAMILY_NORTH_WEIGHTS));
	}

	/** "Văn" and "Thị" were the usual middle names of older generations; a fifth of women carry two middle names. */
	private static String middle(SeededRandom random, boolean female, int birthYear) {
		double old = Math.max(0.15, Math.min(0.8, (1995 - birthYear) / 50.0));
		if (female) {
			if (random.chance(old)) {
				return random.chance(0.2) ? "Thị " + random.pick(MIDDLE_FEMALE) : "Thị";
			}
			return random.pick(MIDDLE_FEMALE);
		}
		return random.chance(old) ? "Văn" : random.pick(MIDDLE_MALE);
	}

	private static String given(SeededRandom random, boolean female) {
		return random.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
	}

	private static String khmer(SeededRandom random, boolean female) {
		String given = random.pick(KHMER_SYLLABLES);
		if (random.chance(0.6)) {
			String second = random.pick(KHMER_SYLLABLES);
			if (!second.equals(given)) {
				given = given + " " + second;
			}
		}
		return random.pick(FAMILY_KHMER) + (female ? " Thị " : " ") + given;
	}

	/** Highland names: "Y Ban Niê", "H'Mai Ksor" (Ê Đê, Gia Rai habit: personal name first, clan last). */
	private static String highland(SeededRandom random, boolean female, String ethnicity) {
		if (ethnicity.equals("Ê Đê") || ethnicity.equals("Gia Rai") || ethnicity.equals("M'Nông")) {
			return (female ? "H'" : "Y ") + random.pick(HIGHLAND_GIVEN) + " " + random.pick(HIGHLAND_CLANS);
		}
		return (random.chance(0.6) ? "Đinh" : "A") + " " + (female ? "Thị " : "Văn ") + random.pick(HIGHLAND_GIVEN);
	}

	/** A place name of two different syllables, not yet in {@code used} (which it is added to). */
	static String place(SeededRandom random, Set<String> used) {
		for (int attempt = 0; attempt < 200; attempt++) {
			String first = random.pick(PLACE_SYLLABLES);
			String second = random.pick(PLACE_SYLLABLES);
			String name = first + " " + second;
			if (!first.equals(second) && used.add(name)) {
				return name;
			}
		}
		// every pair is taken: number them (only in very large provinces)
		String name = random.pick(PLACE_SYLLABLES) + " " + random.pick(PLACE_SYLLABLES) + " " + (used.size() + 1);
		used.add(name);
		return name;
	}

	/** "Công ty TNHH Thủy sản Tân Phát", "Công ty Cổ phần Xây dựng Hòa Bình". */
	static String company(SeededRandom random, boolean state) {
		String brand = random.pick(PLACE_SYLLABLES) + " " + random.pick(List.of("Phát", "Thịnh", "Hưng", "Thành",
				"Lợi", "Tín", "Khang", "Phú", "Việt", "Nam"));
		if (state) {
			return "Công ty TNHH MTV " + random.pick(STATE_COMPANY_TRADES) + " " + brand;
		}
		String form = random.pick(List.of("Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH", "Doanh nghiệp tư nhân"));
		return form + " " + random.pick(COMPANY_TRADES) + " " + brand;
	}

	/** "Trường THCS Tân Lộc". */
	static String school(SeededRandom random, String place) {
		return random.pick(SCHOOLS) + " " + place;
	}

	private static List<String> nfc(String... names) {
		return List.of(names).stream().map(n -> Normalizer.normalize(n, Normalizer.Form.NFC)).toList();
	}

}
