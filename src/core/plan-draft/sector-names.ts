/**
 * Names of Vietnamese state bodies by sector, with the abbreviations documents use, so a unit is read
 * by its name rather than by where capital letters stop ("Sở Thông tin và Truyền thông đôn đốc …" is
 * the Sở, not a longer name; "Sở Lao động - Thương binh và xã hội" is the same Sở as "Sở LĐTBXH").
 */
import { regionAfter } from './region-name.ts';
import { type SectorName, sectorName as s } from './sector-name.ts';

export type { SectorName } from './sector-name.ts';

/** The boards of the Đoàn, the Hội and the unions ("Ban Phong trào Tỉnh đoàn", "Ban Gia đình - Xã hội Hội Liên hiệp Phụ nữ tỉnh"): named as a department's sector and as a board's. */
const MASS_ORGANISATION_BOARDS: readonly SectorName[] = [
  s('Phong trào'),
  s('Tổ chức - Kiểm tra'),
  s('Thanh niên trường học'),
  s('Công tác thiếu nhi'),
  s('Thanh thiếu nhi'),
  s('Thanh niên công nhân và đô thị'),
  s('Thanh niên nông thôn'),
  s('Thanh niên'),
  s('Đoàn kết tập hợp thanh niên'),
  s('Mặt trận'),
  s('Gia đình - Xã hội'),
  s('Chính sách - Luật pháp'),
  s('Chính sách - Pháp luật'),
  s('Nữ công'),
  s('Quan hệ lao động'),
  s('Kinh tế - Xã hội'),
  // the propaganda board of the Hội and the unions ("Ban Tuyên huấn Hội Nông dân tỉnh"), the Front's boards
  s('Tuyên huấn'),
  s('Dân chủ - Pháp luật'),
  s('Dân tộc - Tôn giáo'),
  // the Hội Cựu chiến binh's board for members' welfare and livelihoods ("Ban Chính sách - Kinh tế Hội CCB tỉnh")
  s('Chính sách - Kinh tế'),
];

/** Sectors of ministries (Bộ) and provincial departments (Sở), and of district offices (Phòng). */
export const DEPARTMENT_SECTORS: readonly SectorName[] = [
  s('Lao động - Thương binh và Xã hội', 'ldtbxh', 'ld-tb&xh', 'ld-tbxh', 'ldtb&xh'),
  s('Kế hoạch và Đầu tư', 'kh&dt', 'khdt', 'kh-dt'),
  s('Quản lý thương mại'),
  s('Tài chính - Kế hoạch', 'tc-kh', 'tckh'),
  // a hospital's or a centre's office ("Phòng Tài chính - Kế toán", "Phòng Kế hoạch - Nghiệp vụ")
  s('Tài chính - Kế toán', 'tc-kt', 'tckt'),
  s('Tài chính'),
  s('Nội vụ'),
  s('Tư pháp'),
  // justice bodies named like departments: a regional judgment-enforcement office, a notary office ("Phòng Công chứng số 1")
  s('Thi hành án dân sự', 'thads'),
  s('Công chứng'),
  s('Phổ biến, giáo dục pháp luật', 'pbgdpl', 'pb-gdpl'),
  // offices of a department of education: "Phòng Chính trị, tư tưởng", "Phòng Giáo dục chuyên nghiệp"
  s('Chính trị, tư tưởng', 'cttt'),
  s('Giáo dục chuyên nghiệp', 'gdcn'),
  s('Giáo dục Mầm non và Tiểu học', 'gdmn&th', 'gdmnth'),
  s('Giáo dục Trung học - Giáo dục thường xuyên', 'gdtrh-gdtx', 'gdth-gdtx'),
  s('Giáo dục trung học', 'gdth'),
  s('Giáo dục mầm non', 'gdmn'),
  s('Giáo dục tiểu học'),
  s('Giáo dục thường xuyên', 'gdtx'),
  s('Khảo thí và Kiểm định chất lượng giáo dục', 'ktkđclgd'),
  s('Công Thương'),
  s('Nông nghiệp và Phát triển nông thôn', 'nn&ptnt', 'nnptnt', 'nn-ptnt'),
  s('Nông nghiệp và Môi trường', 'nn&mt', 'nnmt'),
  s('Giao thông vận tải', 'gtvt'),
  s('Giao thông công chính'),
  s('Xây dựng'),
  s('Tài nguyên và Môi trường', 'tn&mt', 'tnmt', 'tn-mt'),
  s('Thông tin và Truyền thông', 'tt&tt', 'tttt', 'tt-tt'),
  s('Văn hóa, Thể thao và Du lịch', 'vh,tt&dl', 'vhttdl', 'vh-tt&dl', 'vh,tt-dl', 'vhtt&dl'),
  s('Văn hóa và Thể thao', 'vh&tt', 'vhtt'),
  s('Văn hóa - Thông tin'),
  // offices and departments merged in 2025: "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Kinh tế, Hạ tầng và Đô thị"
  s('Văn hóa, Khoa học và Thông tin', 'vhkhtt', 'vh,kh&tt', 'vh-kh&tt'),
  s('Kinh tế, Hạ tầng và Đô thị', 'kthtđt', 'ktht&đt'),
  s('Văn hóa - Xã hội', 'vhxh', 'vh-xh'),
  s('Tài chính, Kế hoạch và Đầu tư'),
  s('Du lịch'),
  s('Khoa học và Công nghệ', 'kh&cn', 'khcn'),
  s('Giáo dục và Đào tạo', 'gd&dt', 'gddt', 'gd-dt'),
  s('Y tế'),
  s('Ngoại vụ'),
  s('Ngoại giao'),
  s('Quốc phòng'),
  s('Công an'),
  s('Dân tộc và Tôn giáo'),
  s('Dân tộc'),
  s('Kinh tế và Hạ tầng', 'kt&ht', 'ktht'),
  s('Kinh tế - Hạ tầng'),
  // offices (Phòng) of a provincial police, a health department and other departments
  // a district police's staff team, "Đội Tham mưu - Tổng hợp" (read as "Tham mưu" alone, its " - Tổng hợp" stopped the subject)
  s('Tham mưu - Tổng hợp'),
  s('Tham mưu'),
  s('Cảnh sát giao thông - trật tự', 'csgt-tt', 'csgt&tt'),
  // a military command's department of logistics and engineering, before its logistics office
  s('Hậu cần - Kỹ thuật'),
  s('Hậu cần'),
  s('Hồ sơ'),
  s('Kỹ thuật nghiệp vụ'),
  s('Cảnh sát quản lý hành chính về trật tự xã hội'),
  s('Cảnh sát hình sự'),
  s('Cảnh sát kinh tế'),
  s('Cảnh sát giao thông'),
  s('Cảnh sát điều tra tội phạm về ma túy'),
  s('Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ'),
  s('An ninh chính trị nội bộ'),
  s('An ninh kinh tế'),
  s('An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao'),
  s('Quản lý xuất nhập cảnh'),
  s('Xây dựng phong trào bảo vệ an ninh Tổ quốc'),
  s('Nghiệp vụ Y'),
  s('Nghiệp vụ Dược'),
  s('Kinh tế'),
  s('Quản lý đô thị', 'qldt'),
  s('Quy hoạch - Kiến trúc', 'qhkt'),
  s('Thanh tra'),
  s('Tôn giáo'),
  ...MASS_ORGANISATION_BOARDS,
];

/** Sectors of boards (Ban): party committees' boards, economic-zone and project boards, councils' boards. */
export const BOARD_SECTORS: readonly SectorName[] = [
  s('Thường vụ'),
  s('Thường trực'),
  s('Tuyên giáo'),
  s('Tuyên giáo và Dân vận'),
  s('Dân vận'),
  s('Tổ chức'),
  // a commune's or district's Party-building board ("Ban Xây dựng Đảng Huyện ủy", "Ban Xây dựng Đảng Thị ủy")
  s('Xây dựng Đảng'),
  s('Nội chính'),
  s('Chính sách, chiến lược'),
  s('Kinh tế'),
  s('Đối ngoại'),
  s('Kiểm tra'),
  s('Bí thư'),
  s('Chấp hành'),
  s('cán sự đảng'),
  s('Kinh tế - Ngân sách'),
  s('Văn hóa - Xã hội'),
  s('Pháp chế'),
  s('Dân tộc'),
  s('Quản lý Khu kinh tế', 'ql kkt', 'qlkkt'),
  s('Quản lý các khu công nghiệp', 'ql kcn', 'qlkcn'),
  s('Quản lý các Khu chế xuất và công nghiệp'),
  s('Quản lý dự án'),
  s('Thi đua - Khen thưởng', 'td-kt'),
  s('An toàn giao thông', 'atgt'),
  s('Tiếp công dân'),
  s('Bảo vệ, chăm sóc sức khỏe cán bộ'),
  s('Chỉ huy Quân sự'),
  s('Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn'),
  s('Quản lý thị trường'),
  s('Tôn giáo'),
  ...MASS_ORGANISATION_BOARDS,
];

/** Offices of ministries and their local branches (Cục, Tổng cục, Vụ, Chi cục). */
export const OFFICE_SECTORS: readonly SectorName[] = [
  s('Quản lý thị trường', 'qltt'),
  s('Thuế'),
  s('Hải quan'),
  s('Thống kê'),
  s('Thi hành án dân sự', 'thads'),
  s('Kiểm lâm'),
  s('An toàn lao động'),
  s('Việc làm'),
  s('Trẻ em'),
  s('Bảo trợ xã hội'),
  s('Phòng, chống tệ nạn xã hội'),
  s('Pháp chế'),
  s('Kế hoạch - Tài chính'),
  s('Tổ chức cán bộ'),
  s('Hợp tác quốc tế'),
  s('Thi đua - Khen thưởng'),
  s('Văn thư - Lưu trữ'),
  s('Thủy lợi'),
  s('Trồng trọt và Bảo vệ thực vật', 'tt&bvtv', 'tt-bvtv', 'ttbvtv'),
  s('Trồng trọt'),
  s('Chăn nuôi'),
  s('Thú y'),
  s('Bảo vệ thực vật'),
  s('An toàn vệ sinh thực phẩm'),
  s('Dân số - Kế hoạch hóa gia đình'),
  s('Bảo vệ môi trường'),
  s('Đường bộ Việt Nam'),
  s('Quản lý đất đai'),
  // central departments of ministries whose names hold "và" and lower-case words
  s('Lâm nghiệp và Kiểm lâm'),
  s('Chăn nuôi và Thú y'),
  s('Nhà giáo và Cán bộ quản lý giáo dục'),
  s('Quản lý nhà và thị trường bất động sản'),
  s('Công nghệ thông tin'),
  s('Quản lý đê điều và Phòng, chống thiên tai'),
  s('Kinh tế hợp tác và Phát triển nông thôn'),
];

/** Radio and television stations (Đài) and centres (Trung tâm: "Phát triển quỹ đất"), whose names hold lower-case level-like words. */
export const STATION_SECTORS: readonly SectorName[] = [
  s('Phát thanh và Truyền hình', 'pt-th', 'ptth', 'pt&th'),
  s('Phát thanh - Truyền hình'),
  s('Truyền thanh - Truyền hình'),
  s('Truyền thanh'),
  s('Kiểm soát bệnh tật', 'cdc'),
  s('Giáo dục nghề nghiệp - Giáo dục thường xuyên', 'gdnn-gdtx'),
  s('Phục vụ hành chính công'),
  s('Dịch vụ việc làm'),
  s('Trợ giúp pháp lý nhà nước'),
  s('Văn hóa - Thông tin và Thể thao'),
  s('Văn hóa - Thể thao và Truyền thông'),
  // a district's merged centre: "Trung tâm Văn hóa - Thể thao và Truyền thanh thành phố"
  s('Văn hóa - Thể thao và Truyền thanh'),
  s('Văn hóa, Thông tin và Truyền thanh'),
  s('Văn hóa - Thể thao'),
  s('Y tế'),
  s('Thông tin'),
  s('Dự báo khí tượng thủy văn quốc gia'),
  s('Xúc tiến thương mại'),
  s('Xúc tiến đầu tư, thương mại và du lịch'),
  s('Dự báo khí tượng thủy văn'),
  s('Phát triển quỹ đất'),
];

/** A commune's fields of work, whose names hold lower-case words ("Bộ phận Tư pháp - Hộ tịch", "Bộ phận Địa chính - Nông nghiệp"). */
export const COMMUNE_SECTORS: readonly SectorName[] = [
  s('Tư pháp - Hộ tịch'),
  s('Địa chính - Xây dựng - Đô thị và Môi trường'),
  s('Địa chính - Xây dựng'),
  s('Địa chính - Nông nghiệp - Xây dựng và Môi trường'),
  s('Địa chính - Nông nghiệp'),
  s('Tài chính - Kế toán'),
  s('Văn phòng - Thống kê'),
  s('Văn hóa - Xã hội'),
  s('Văn hóa - Thông tin'),
];

/** The trades of state and public-service companies, written in lower case before the place ("Công ty TNHH MTV Khai thác công trình thủy lợi Bến Hải"). */
export const COMPANY_SECTORS: readonly SectorName[] = [
  s('Khai thác công trình thủy lợi'),
  s('Quản lý khai thác công trình thủy lợi'),
  s('Khai thác thủy lợi'),
  s('Môi trường đô thị'),
  s('Công trình đô thị'),
  s('Cấp thoát nước'),
  s('Cấp nước'),
  s('Thoát nước và xử lý nước thải'),
  s('Thoát nước'),
  s('Xổ số kiến thiết'),
  s('Quản lý và sửa chữa đường bộ'),
  s('Quản lý đường bộ'),
  s('Phát triển hạ tầng khu công nghiệp'),
];

/** A hospital's offices and wards, whose names hold lower-case words ("Phòng Kế hoạch tổng hợp", "Khoa Hồi sức tích cực - Chống độc"). */
const HOSPITAL_OFFICES: readonly SectorName[] = [
  s('Kế hoạch tổng hợp', 'khth'),
  s('Kế hoạch - Nghiệp vụ'),
  s('Tổ chức - Hành chính'),
  s('Hành chính quản trị'),
  s('Quản lý chất lượng'),
  s('Vật tư - Thiết bị y tế'),
  s('Công tác xã hội'),
  s('Điều dưỡng'),
  s('Chỉ đạo tuyến'),
];
const HOSPITAL_WARDS: readonly SectorName[] = [
  s('Khám bệnh'),
  s('Nội tổng hợp'),
  s('Ngoại tổng hợp'),
  s('Hồi sức tích cực - Chống độc'),
  s('Hồi sức cấp cứu'),
  s('Cấp cứu'),
  s('Gây mê hồi sức'),
  s('Kiểm soát nhiễm khuẩn'),
  s('Chẩn đoán hình ảnh'),
  s('Xét nghiệm'),
  s('Dược'),
  s('Dinh dưỡng'),
  s('Y học cổ truyền'),
  s('Phục hồi chức năng'),
  s('Truyền nhiễm'),
  s('Liên chuyên khoa'),
  s('Sản'),
  s('Nhi'),
];
const OFFICE_OR_HOSPITAL_SECTORS: readonly SectorName[] = [...DEPARTMENT_SECTORS, ...HOSPITAL_OFFICES];

/** A party or council a board belongs to, written after the board's sector ("Ban Tuyên giáo Tỉnh ủy"). */
export const BOARD_OWNERS =
  /(?:tinh|huyen|thanh|quan|thi|dang) uy|(?:tinh|huyen|thanh|quan|thi|xa|phuong) doan|trung uong doan|hoi (?:lien hiep phu nu|nong dan|cuu chien binh|lien hiep thanh nien viet nam|sinh vien viet nam|nguoi cao tuoi|chu thap do|khuyen hoc)(?: tinh| huyen| thanh pho| thi xa| quan| xa| phuong)?|lien doan lao dong(?: tinh| huyen| thanh pho)?|trung uong(?: dang)?|hdnd(?: tinh| huyen| thanh pho)?|hoi dong nhan dan(?: tinh| huyen| thanh pho)?|ubnd(?: tinh| huyen| thanh pho)?|uy ban nhan dan(?: tinh| huyen| thanh pho)?/y;

/**
 * The sector name at `at` in folded text, longest first; returns its end offset. Folded text keeps
 * offsets (foldSameLength), so the caller cuts the original at the same place.
 */
export function matchSector(folded: string, at: number, sectors: readonly SectorName[]): { sector: SectorName; end: number } | undefined {
  let best: { sector: SectorName; end: number } | undefined;
  for (const sector of sectors) {
    for (const pattern of sector.patterns) {
      pattern.lastIndex = at;
      const m = pattern.exec(folded);
      if (!m) continue;
      const end = at + m[0].length;
      if (end < folded.length && /[\p{L}\p{N}&]/u.test(folded[end]!)) continue;
      if (!best || end > best.end) best = { sector, end };
    }
  }
  return best;
}

/** The sector after "Sở", "Bộ", "Phòng", "Ban" by the gazetteer (sector-names.ts), canonical, with a board's owner. */
export function namedSector(abbr: string, text: string, folded: string, at: number): { title: string; end: number } | undefined {
  const sectors =
    abbr === 'BAN'
      ? BOARD_SECTORS
      : ['SO', 'BO', 'DOI'].includes(abbr)
        ? DEPARTMENT_SECTORS
        : abbr === 'PHONG'
          ? OFFICE_OR_HOSPITAL_SECTORS
          : abbr === 'KHOA'
            ? HOSPITAL_WARDS
            : ['CUC', 'TC', 'VU', 'CC'].includes(abbr)
              ? OFFICE_SECTORS
              : ['DAI', 'TT'].includes(abbr)
                ? STATION_SECTORS
                : abbr === 'BO_PHAN'
                  ? COMMUNE_SECTORS
                  : abbr === 'CTY'
                    ? COMPANY_SECTORS
                    : undefined;
  if (!sectors) return undefined;
  const found = matchSector(folded, at, sectors);
  if (!found) return undefined;
  let title = found.sector.name;
  let end = found.end;
  // "Chi cục Hải quan khu vực XVII", "Cục Hải quan khu vực II", "Phòng Thi hành án dân sự khu vực 2": a regional office keeps its region
  const region = ['CUC', 'CC', 'PHONG'].includes(abbr) ? regionAfter(text, end) : undefined;
  // "Phòng Công chứng số 1": a numbered office is told apart from its sisters by its number
  const number = region && !region.bare ? text.slice(end, region.end) : abbr === 'PHONG' ? /^ số \d{1,3}(?![\p{L}\d])/u.exec(text.slice(end))?.[0] : undefined;
  if (number) {
    title = `${title}${number}`;
    end += number.length;
  }
  if (abbr === 'CTY') {
    // a company's name ends with its place, capitalised: "… Cấp thoát nước Lam Giang", "… Môi trường đô thị Hòa Sơn"
    const place = /^ \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2}/u.exec(text.slice(end));
    if (!place) return undefined;
    return { title: text.slice(at, end + place[0].length), end: end + place[0].length };
  }
  if (abbr === 'BAN') {
    const ownerAt = end + (folded[end] === ' ' ? 1 : 0);
    BOARD_OWNERS.lastIndex = ownerAt;
    const owner = BOARD_OWNERS.exec(folded);
    if (owner && !/[\p{L}\p{N}]/u.test(folded[ownerAt + owner[0].length] ?? '')) {
      title = `${title} ${OWNER_NAMES[owner[0]] ?? text.slice(ownerAt, ownerAt + owner[0].length)}`;
      end = ownerAt + owner[0].length;
    }
  }
  return { title, end };
}

const OWNER_NAMES: Readonly<Record<string, string>> = {
  'tinh uy': 'Tỉnh ủy',
  'huyen uy': 'Huyện ủy',
  'thanh uy': 'Thành ủy',
  'quan uy': 'Quận ủy',
  'thi uy': 'Thị ủy',
  'dang uy': 'Đảng ủy',
  'trung uong': 'Trung ương',
  'trung uong dang': 'Trung ương Đảng',
  'tinh doan': 'Tỉnh đoàn',
  'huyen doan': 'Huyện đoàn',
  'thanh doan': 'Thành đoàn',
  'quan doan': 'Quận đoàn',
  'thi doan': 'Thị đoàn',
  'trung uong doan': 'Trung ương Đoàn',
};
