import { INTERNAL_BODY_HEADS } from './internal-bodies.ts';
import type { DraftUnitKind } from './types.ts';
import type { LevelWord } from './unit-levels.ts';

/**
 * Head words that start the name of an agency in Vietnamese administrative text, matched on folded
 * text (see foldSameLength). `tail` says what follows the head:
 *  - 'level': an administrative level and its name ("Công an thành phố", "UBND Phường 5");
 *  - 'steering': like level, but a purpose may sit between ("Ban Chỉ đạo phòng, chống … tỉnh");
 *  - 'title': a capitalised sector name ("Phòng Văn hóa - Thông tin", "Sở Y tế"), then an optional level.
 */
export interface UnitHead {
  pattern: RegExp;
  abbr: string;
  /** canonical head for the display name; undefined keeps the words as written */
  canonical?: string;
  kind: DraftUnitKind;
  tail: 'level' | 'steering' | 'title' | 'none';
}

/** One agency name as written, before codes are given and repeats merged. */
export interface RawUnitName {
  head: UnitHead;
  start: number;
  end: number;
  surface: string;
  level?: LevelWord;
  /** place name after the level: "5", "Trà Vinh" */
  name?: string;
  /** sector name after a title head: "Văn hóa - Thông tin" */
  title?: string;
}

export const UNIT_HEADS: readonly UnitHead[] = [
  ...INTERNAL_BODY_HEADS,
  { pattern: /ban chi dao|bcd\b/y, abbr: 'BCD', canonical: 'Ban Chỉ đạo', kind: 'steering', tail: 'steering' },
  {
    pattern: /ban chi huy phong,? chong thien tai(?: va tim kiem cuu nan)?|ban chi huy pctt(?: ?& ?tkcn| va tkcn)?/y,
    abbr: 'BCHPCTT',
    canonical: 'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn',
    kind: 'steering',
    tail: 'level',
  },
  { pattern: /ban chi huy/y, abbr: 'BCH', canonical: 'Ban Chỉ huy', kind: 'steering', tail: 'level' },
  { pattern: /ngan hang nha nuoc(?: viet nam)?(?: chi nhanh)?|nhnn\b/y, abbr: 'NHNN', canonical: 'Ngân hàng Nhà nước', kind: 'other', tail: 'level' },
  {
    pattern: /truong (?:dai hoc|cao dang|trung cap|mam non|mau giao|tieu hoc|trung hoc co so|trung hoc pho thong|thcs|thpt)/y,
    abbr: 'TRUONG',
    kind: 'other',
    tail: 'title',
  },
  // the province's school of politics by its level ("Trường Chính trị tỉnh Hòa Lâm"); the tax offices since 2025 ("Thuế tỉnh
  // Khánh Lâm"), read only when "Thuế" is capitalised (see spelledAsHead)
  { pattern: /truong chinh tri/y, abbr: 'TRUONG_CT', canonical: 'Trường Chính trị', kind: 'other', tail: 'level' },
  // a sector's school for its cadres, named by the sector in lower case or capitals, then its level: "Trường Cán bộ quản lý giáo
  // dục tỉnh", "Trường Bồi dưỡng cán bộ Tài chính", "Trường Cán bộ Thanh tra"
  {
    pattern:
      /truong (?:(?:dao tao,? )?boi duong can bo|can bo)(?: quan ly)?(?: (?:giao duc(?: va dao tao)?|nong nghiep(?: va phat trien nong thon)?|tai chinh|thanh tra|toa an|kiem sat|y te|xay dung|van hoa,? the thao va du lich|noi vu|cong thuong|tai nguyen va moi truong|lao dong,? thuong binh va xa hoi|ngan hang|thue|hai quan|tu phap|dan toc|thanh nien|cong doan|hoi nong dan|phu nu|mat tran))?/y,
    abbr: 'TRUONG_CB',
    kind: 'other',
    tail: 'level',
  },
  { pattern: /thue(?= (?:tinh|thanh pho)\b)/y, abbr: 'THUE', canonical: 'Thuế', kind: 'department', tail: 'level' },
  // the tax offices below the province since 2025, numbered ("Thuế cơ sở 2 tỉnh Hòa Xuyên")
  { pattern: /thue co so \d{1,2}(?![\d/])/y, abbr: 'THUE_CS', kind: 'department', tail: 'level' },
  // bodies a plan on social policy or statistics names that sit outside the Sở/Phòng system: the social insurance office and the
  // social-policy bank at each level ("Bảo hiểm xã hội huyện", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện"), the
  // provinces' funds ("Quỹ Bảo trợ trẻ em tỉnh"), the post office that pays allowances ("Bưu điện huyện"), and the
  // provincial statistics, judgment-enforcement and customs offices since 2025 ("Thống kê tỉnh X", like "Thuế tỉnh X");
  // each read only when capitalised (see spelledAsHead)
  {
    pattern: /bao hiem xa hoi(?= (?:cac )?(?:tinh|huyen|thanh pho|quan|thi xa|khu vuc|co so)\b)|bhxh\b/y,
    abbr: 'BHXH',
    canonical: 'Bảo hiểm xã hội',
    kind: 'other',
    tail: 'level',
  },
  { pattern: /(?:phong giao dich )?ngan hang chinh sach xa hoi(?: viet nam)?(?: chi nhanh)?|(?:pgd )?nhcsxh\b/y, abbr: 'NHCSXH', kind: 'other', tail: 'level' },
  {
    pattern:
      /quy (?:bao tro tre em|dau tu phat trien|phat trien dat|ho tro nong dan|bao ve va phat trien rung|phong,? chong thien tai|vi nguoi ngheo|den on dap nghia|khuyen hoc|bao lanh tin dung|ho tro phu nu ngheo)/y,
    abbr: 'QUY',
    kind: 'other',
    tail: 'level',
  },
  { pattern: /buu dien(?= (?:tinh|huyen|thanh pho|quan|thi xa)\b)/y, abbr: 'BUU_DIEN', canonical: 'Bưu điện', kind: 'other', tail: 'level' },
  { pattern: /thong ke(?= (?:tinh|thanh pho)\b)/y, abbr: 'THONG_KE', canonical: 'Thống kê', kind: 'department', tail: 'level' },
  {
    pattern: /thi hanh an dan su(?= (?:cac )?(?:tinh|thanh pho)\b| khu vuc\b)/y,
    abbr: 'THADS',
    canonical: 'Thi hành án dân sự',
    kind: 'department',
    tail: 'level',
  },
  { pattern: /hai quan(?= (?:tinh|thanh pho)\b)/y, abbr: 'HAI_QUAN', canonical: 'Hải quan', kind: 'department', tail: 'level' },
  { pattern: /kho bac nha nuoc|kbnn\b/y, abbr: 'KBNN', canonical: 'Kho bạc Nhà nước', kind: 'other', tail: 'level' },
  {
    // "Ban QLDA đầu tư xây dựng huyện": the board's short form before its field; the field may go on before the level ("… đầu tư
    // xây dựng và phát triển đô thị huyện", "… các công trình giao thông tỉnh")
    pattern:
      /ban (?:quan ly|qlda) (?:cac )?(?:du an )?dau tu xay dung(?: va phat trien (?:do thi|quy dat|nong thon)| (?:cac )?cong trinh (?:dan dung(?: va cong nghiep)?|giao thong|nong nghiep(?: va phat trien nong thon)?))?/y,
    abbr: 'BQLDA',
    canonical: 'Ban Quản lý dự án đầu tư xây dựng',
    kind: 'other',
    tail: 'level',
  },
  // a town's public-service boards: "Ban Quản lý dịch vụ công ích thành phố", "Ban Quản lý các công trình công cộng thị xã",
  // "Ban Quản lý chợ thị xã" (then the level)
  {
    pattern:
      /ban quan ly (?:dich vu cong ich|(?:cac )?cong trinh cong cong|(?:cac )?cho|ben xe|cong vien|nghia trang|di tich)(?= (?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran)\b)/y,
    abbr: 'BQL_DV',
    kind: 'other',
    tail: 'level',
  },
  // "Ban Quản lý di tích Đền Mẫu", "Ban Quản lý khu di tích …": a relic's board, named after its relic
  {
    pattern: /ban quan ly (?:rung phong ho|rung dac dung|du an|cho|(?:khu )?di tich)/y,
    abbr: 'BQL',
    kind: 'other',
    tail: 'title',
  },
  // a commune's civil servant by post: "Công chức Văn phòng - Thống kê xã", "Công chức Tư pháp - Hộ tịch"
  { pattern: /cong chuc/y, abbr: 'CCX', canonical: 'Công chức', kind: 'other', tail: 'title' },
  { pattern: /van phong ?[-–] ?thong ke/y, abbr: 'VPTK', canonical: 'Văn phòng - Thống kê', kind: 'department', tail: 'level' },
  { pattern: /benh vien/y, abbr: 'BV', canonical: 'Bệnh viện', kind: 'other', tail: 'title' },
  { pattern: /ban quan ly (?:cac khu cong nghiep|khu kinh te|cac khu che xuat va cong nghiep)/y, abbr: 'BQLKCN', kind: 'other', tail: 'level' },
  // a ward's residential groups ("Tổ dân phố các khu phố", "Tổ dân phố số 3") and a named task force ("Tổ công tác Đề án 06")
  { pattern: /to dan pho/y, abbr: 'TDP', canonical: 'Tổ dân phố', kind: 'other', tail: 'level' },
  { pattern: /to cong tac/y, abbr: 'TCT', canonical: 'Tổ công tác', kind: 'other', tail: 'title' },
  // the community digital-technology team every commune keeps ("Tổ công nghệ số cộng đồng phường", "… các thôn")
  { pattern: /to cong nghe so cong dong/y, abbr: 'TCNSCD', canonical: 'Tổ công nghệ số cộng đồng', kind: 'other', tail: 'level' },
  // a team of an office, a school or a ward police ("Tổ Cảnh sát khu vực", "Tổ Văn phòng", "Tổ Ngoại ngữ - Tin học"):
  // read only as "Tổ" before a capitalised name, so "Tổ chức …" names nothing (see spelledAsHead)
  { pattern: /to/y, abbr: 'TO', canonical: 'Tổ', kind: 'other', tail: 'title' },
  // a school's Young Pioneers ("Liên đội", "Liên đội Trường THCS …")
  { pattern: /lien doi/y, abbr: 'LIEN_DOI', canonical: 'Liên đội', kind: 'mass_org', tail: 'none' },
  // bodies of a commune's hamlets and cooperatives: "Ban phát triển các ấp", "Tổ xung kích các tổ dân phố",
  // "Hợp tác xã nông nghiệp Tân Phú" (its trade in lower case, then its place; see match-unit-head.ts)
  { pattern: /ban phat trien(?: cac)? (?:thon|ap|khom|xom|buon|khu pho|to dan pho)\b/y, abbr: 'BPT', kind: 'other', tail: 'none' },
  // a commune's self-managed groups: "Tổ tiết kiệm và vay vốn", "Tổ hòa giải thôn 3", "Tổ tự quản"
  { pattern: /to (?:tiet kiem va vay von|vay von|hoa giai|tu quan|an ninh trat tu)\b/y, abbr: 'TO_CS', kind: 'other', tail: 'none' },
  { pattern: /to xung kich(?: cac (?:thon|ap|khom|xom|buon|khu pho|to dan pho)\b)?/y, abbr: 'TXK', kind: 'other', tail: 'none' },
  { pattern: /hop tac xa/y, abbr: 'HTX', canonical: 'Hợp tác xã', kind: 'other', tail: 'none' },
  // a hamlet's or a ward quarter's own board ("Ban nhân dân các ấp", "Ban điều hành các khu phố", "Ban điều hành tổ dân phố số 3",
  // "Ban điều hành 22 tổ dân phố": every one of a counted set), a commune's one-stop desk and a campaign's helper team ("Tổ giúp
  // việc đợt cao điểm"), often named only in a closing bracket
  {
    pattern: /ban (?:nhan dan|dieu hanh|cong tac mat tran)(?: cac| \d{1,3})? (?:thon|ap|khom|xom|buon|ban|soc|khu pho|to dan pho|khu dan cu)\b/y,
    abbr: 'BND',
    kind: 'other',
    tail: 'none',
  },
  // a hamlet's head by the hamlets named ("Trưởng thôn Đông, thôn Trung", "Trưởng ấp 3"; see readHamletList), or the heads of a
  // commune's hamlets as one ("Trưởng các thôn", "Trưởng các thôn Đông, Trung và Nam": a collective, see match-unit-head.ts):
  // "Trưởng ban" is a board's head, never a hamlet's ("bản")
  {
    pattern: /truong(?= (?:thon|ap|khom|xom|buon|soc|khu pho|to dan pho|khu dan cu) | cac (?:thon|ap|khom|xom|buon|soc|khu pho|to dan pho|khu dan cu)\b)/y,
    abbr: 'TRUONG_THON',
    kind: 'other',
    tail: 'none',
  },
  { pattern: /bo phan (?:tiep nhan va tra ket qua|mot cua)/y, abbr: 'BPMC', kind: 'department', tail: 'level' },
  // a commune's or ward's section by its field: "Bộ phận Tài chính - Kế toán xã", "Bộ phận Địa chính - Xây dựng phường"
  // (read only before a capitalised name, so "bộ phận" in running text names nothing; see spelledAsHead)
  { pattern: /bo phan/y, abbr: 'BO_PHAN', canonical: 'Bộ phận', kind: 'department', tail: 'title' },
  { pattern: /to giup viec/y, abbr: 'TGV', canonical: 'Tổ giúp việc', kind: 'other', tail: 'none' },
  { pattern: /hat kiem lam/y, abbr: 'HKL', canonical: 'Hạt Kiểm lâm', kind: 'department', tail: 'level' },
  { pattern: /ban chi huy quan su/y, abbr: 'BCHQS', canonical: 'Ban Chỉ huy Quân sự', kind: 'other', tail: 'level' },
  { pattern: /dang doan/y, abbr: 'DDOAN', canonical: 'Đảng đoàn', kind: 'party', tail: 'title' },
  // the inspection committee of a Party committee named by its level ("Ủy ban Kiểm tra Đảng ủy xã Tân An", "… Đảng ủy phường"), before
  // the bare form
  {
    pattern: /uy ban kiem tra dang uy(?= (?:xa|phuong|thi tran|dac khu|tinh|huyen|thanh pho|quan|thi xa)\b)/y,
    abbr: 'UBKT_DU',
    canonical: 'Ủy ban Kiểm tra Đảng ủy',
    kind: 'party',
    tail: 'level',
  },
  { pattern: /uy ban kiem tra(?: (?:tinh|huyen|thanh|quan|thi|dang) uy)?/y, abbr: 'UBKT', canonical: 'Ủy ban Kiểm tra', kind: 'party', tail: 'none' },
  { pattern: /chi nhanh/y, abbr: 'CN', canonical: 'Chi nhánh', kind: 'department', tail: 'title' },
  { pattern: /uy ban bau cu/y, abbr: 'UBBC', canonical: 'Ủy ban bầu cử', kind: 'other', tail: 'level' },
  { pattern: /ban bau cu/y, abbr: 'BBC', canonical: 'Ban bầu cử', kind: 'other', tail: 'level' },
  { pattern: /to bau cu/y, abbr: 'TBC', canonical: 'Tổ bầu cử', kind: 'other', tail: 'level' },
  { pattern: /hoi dong nghia vu quan su/y, abbr: 'HDNVQS', canonical: 'Hội đồng nghĩa vụ quân sự', kind: 'other', tail: 'level' },
  { pattern: /hoi dong kham suc khoe(?: nghia vu quan su)?/y, abbr: 'HDKSK', kind: 'other', tail: 'level' },
  { pattern: /hoi dong thi dua(?:,| -)? khen thuong/y, abbr: 'HDTDKT', canonical: 'Hội đồng Thi đua - Khen thưởng', kind: 'other', tail: 'level' },
  { pattern: /bo chi huy quan su/y, abbr: 'BCHQS_T', canonical: 'Bộ Chỉ huy Quân sự', kind: 'other', tail: 'level' },
  {
    pattern: /bo chi huy bo doi bien phong|bo doi bien phong|bdbp\b/y,
    abbr: 'BDBP',
    canonical: 'Bộ Chỉ huy Bộ đội Biên phòng',
    kind: 'other',
    tail: 'level',
  },
  { pattern: /(?:bo tu lenh )?quan khu \d{1,2}\b/y, abbr: 'QK', kind: 'other', tail: 'none' },
  {
    pattern: /bo tu lenh (?:vung )?canh sat bien(?: viet nam)?|canh sat bien viet nam/y,
    abbr: 'CSB',
    canonical: 'Bộ Tư lệnh Cảnh sát biển',
    kind: 'other',
    tail: 'none',
  },
  { pattern: /thong tan xa viet nam|ttxvn\b/y, abbr: 'TTXVN', canonical: 'Thông tấn xã Việt Nam', kind: 'other', tail: 'none' },
  { pattern: /dai tieng noi viet nam/y, abbr: 'VOV', canonical: 'Đài Tiếng nói Việt Nam', kind: 'other', tail: 'none' },
  { pattern: /dai truyen hinh viet nam/y, abbr: 'VTV', canonical: 'Đài Truyền hình Việt Nam', kind: 'other', tail: 'none' },
  { pattern: /van phong chinh phu/y, abbr: 'VPCP', canonical: 'Văn phòng Chính phủ', kind: 'government', tail: 'none' },
  { pattern: /thu tuong chinh phu/y, abbr: 'TTG', canonical: 'Thủ tướng Chính phủ', kind: 'government', tail: 'none' },
  // "Thanh tra Sở (TTS)" in a department's own plan; "Thanh tra Sở Y tế" is read by the pattern after (see matchHead)
  { pattern: /thanh tra so\b/y, abbr: 'TTRA_SO', canonical: 'Thanh tra Sở', kind: 'department', tail: 'none' },
  { pattern: /thanh tra(?= (?:bo|so|tinh|huyen|thanh pho|chinh phu)\b)/y, abbr: 'TTRA', canonical: 'Thanh tra', kind: 'other', tail: 'level' },
  { pattern: /tong cuc/y, abbr: 'TC', canonical: 'Tổng cục', kind: 'department', tail: 'title' },
  { pattern: /cuc/y, abbr: 'CUC', canonical: 'Cục', kind: 'department', tail: 'title' },
  { pattern: /vu/y, abbr: 'VU', canonical: 'Vụ', kind: 'department', tail: 'title' },
  // a ministry's institutes: "Viện Vệ sinh dịch tễ Trung ương", "Viện Pasteur" (see spelledAsHead)
  { pattern: /vien/y, abbr: 'VIEN', canonical: 'Viện', kind: 'other', tail: 'title' },
  // the provincial newspaper and broadcaster merged in 2025: "Báo và Phát thanh, Truyền hình Hòa Sơn"
  { pattern: /bao va phat thanh,? (?:-\s)?truyen hinh/y, abbr: 'BAO_PTTH', canonical: 'Báo và Phát thanh, Truyền hình', kind: 'other', tail: 'level' },
  { pattern: /dai khi tuong thuy van/y, abbr: 'KTTV', canonical: 'Đài Khí tượng Thủy văn', kind: 'other', tail: 'level' },
  // the province's cultural bodies a festival plan gives work to: "Nhà hát Ca múa nhạc tỉnh", "Bảo tàng tỉnh", "Thư viện tỉnh"
  // (read only when capitalised, see spelledAsHead: "tham quan bảo tàng" names none)
  { pattern: /nha hat/y, abbr: 'NHA_HAT', canonical: 'Nhà hát', kind: 'other', tail: 'title' },
  { pattern: /bao tang/y, abbr: 'BAO_TANG', canonical: 'Bảo tàng', kind: 'other', tail: 'level' },
  { pattern: /thu vien/y, abbr: 'THU_VIEN', canonical: 'Thư viện', kind: 'other', tail: 'level' },
  { pattern: /bao/y, abbr: 'BAO', canonical: 'Báo', kind: 'other', tail: 'title' },
  // a journal: "Tạp chí Kinh tế và Dự báo" (read only when capitalised, see spelledAsHead)
  { pattern: /tap chi/y, abbr: 'TAP_CHI', canonical: 'Tạp chí', kind: 'other', tail: 'title' },
  { pattern: /cong an/y, abbr: 'CA', canonical: 'Công an', kind: 'police', tail: 'level' },
  { pattern: /uy ban nhan dan|ubnd\b/y, abbr: 'UBND', canonical: 'Ủy ban nhân dân', kind: 'government', tail: 'level' },
  { pattern: /hoi dong nhan dan|hdnd\b/y, abbr: 'HDND', canonical: 'Hội đồng nhân dân', kind: 'government', tail: 'level' },
  // "Đảng ủy Quân sự huyện", "Đảng ủy Công an huyện": the Party committees of the military command and the police
  { pattern: /dang uy quan su(?= (?:tinh|huyen|thanh pho|quan|thi xa|xa|phuong|thi tran|dac khu)\b)/y, abbr: 'DUQS', kind: 'party', tail: 'level' },
  { pattern: /dang uy cong an(?= (?:tinh|huyen|thanh pho|quan|thi xa|xa|phuong|thi tran|dac khu)\b)/y, abbr: 'DUCA', kind: 'party', tail: 'level' },
  // the Party committees set up in 2025 over a province's Party agencies and over its Front and mass organisations: "Đảng ủy các
  // cơ quan Đảng tỉnh", "Đảng bộ Mặt trận Tổ quốc, các đoàn thể tỉnh" (not "các cơ quan" as a collective)
  { pattern: /dang (?:uy|bo) cac co quan dang(?= (?:tinh|thanh pho|trung uong)\b)/y, abbr: 'DU_CQD', kind: 'party', tail: 'level' },
  {
    pattern: /dang (?:uy|bo) (?:uy ban )?mat tran to quoc(?: viet nam)?,? (?:va )?cac (?:doan the|to chuc chinh tri - xa hoi)(?= (?:tinh|thanh pho)\b)/y,
    abbr: 'DU_MTDT',
    kind: 'party',
    tail: 'level',
  },
  { pattern: /dang uy/y, abbr: 'DU', canonical: 'Đảng ủy', kind: 'party', tail: 'level' },
  { pattern: /(?:thanh|tinh|huyen|quan|thi) uy\b/y, abbr: 'CAP_UY', kind: 'party', tail: 'none' },
  {
    pattern: /(?:uy ban )?(?:mat tran to quoc|mttq\b)(?: viet nam\b| vn\b)?|ubmttq(?:vn)?\b|mttqvn\b|mat tran\b/y,
    abbr: 'MTTQ',
    canonical: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    kind: 'mass_org',
    tail: 'level',
  },
  {
    pattern: /doan thanh nien(?: cong san ho chi minh)?|doan tncs(?: ho chi minh| hcm)?\b|doan tn\b/y,
    abbr: 'DTN',
    canonical: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    kind: 'mass_org',
    tail: 'level',
  },
  { pattern: /(?:thanh|tinh|huyen|quan|thi|phuong|xa) doan\b(?! ket)/y, abbr: 'DTN_CAP', kind: 'mass_org', tail: 'none' },
  // the Đoàn's and the Party's member bodies in their own plans: "Đoàn Trường Đại học Đồng Vân", "Đoàn Khối các cơ quan và
  // doanh nghiệp tỉnh", "Đảng bộ Khối các cơ quan tỉnh", "Các cơ sở Đoàn trực thuộc"
  {
    pattern: /doan truong (?:dai hoc|cao dang|trung cap|trung hoc pho thong|thpt)/y,
    abbr: 'DOAN_TRUONG',
    kind: 'mass_org',
    tail: 'title',
  },
  {
    pattern: /(?:doan|dang bo|dang uy|cong doan|hoi) khoi(?: cac co quan(?: va doanh nghiep)?| doanh nghiep)?/y,
    abbr: 'KHOI',
    kind: 'mass_org',
    tail: 'level',
  },
  // … and an association's ("các cơ sở Hội trực thuộc" beside "Hội Nông dân các huyện")
  { pattern: /(?:cac )?co so (?:doan|hoi) truc thuoc/y, abbr: 'CSD', kind: 'mass_org', tail: 'none' },
  // a district or town Đoàn's own bodies: the Pioneers' council ("Hội đồng Đội huyện") and the Đoàn of its communes written
  // by their level ("Đoàn các xã, thị trấn", "Đoàn phường An Lạc"); each read only when capitalised (see spelledAsHead)
  { pattern: /hoi dong doi/y, abbr: 'HD_DOI', canonical: 'Hội đồng Đội', kind: 'mass_org', tail: 'level' },
  // (a province's: "Đoàn các huyện, thị xã, thành phố")
  {
    pattern: /doan(?= (?:cac )?(?:xa|phuong|thi tran|dac khu)\b| cac (?:huyen|thi xa|thanh pho|quan)\b)/y,
    abbr: 'DOAN_CS',
    canonical: 'Đoàn',
    kind: 'mass_org',
    tail: 'level',
  },
  {
    pattern: /hoi lien hiep thanh nien(?: viet nam)?|hoi lhtn(?: ?vn)?\b/y,
    abbr: 'HLHTN',
    canonical: 'Hội Liên hiệp Thanh niên Việt Nam',
    kind: 'mass_org',
    tail: 'level',
  },
  { pattern: /hoi sinh vien(?: viet nam)?/y, abbr: 'HSV', canonical: 'Hội Sinh viên Việt Nam', kind: 'mass_org', tail: 'level' },
  {
    pattern: /hoi lien hiep phu nu(?: viet nam)?|hoi lhpn\b|hoi phu nu/y,
    abbr: 'HPN',
    canonical: 'Hội Liên hiệp Phụ nữ',
    kind: 'mass_org',
    tail: 'level',
  },
  // an association's own bodies in its internal plans: "Ban Thường vụ Hội", "Ban Kiểm tra Hội", "Chi hội Nông dân ấp Bình Phú"
  // ("Ban Thường vụ Hội Nông dân huyện" names the association after "Hội": read as a board and its owner, see BOARD_OWNERS)
  {
    pattern: /ban (?:thuong vu|kiem tra|chap hanh) hoi\b(?! (?:nong dan|lien hiep|phu nu|cuu chien binh|nguoi cao tuoi|chu thap do|khuyen hoc|sinh vien)\b)/y,
    abbr: 'BAN_HOI',
    kind: 'mass_org',
    tail: 'none',
  },
  { pattern: /ban (?:thuong vu|kiem tra|chap hanh) doan\b/y, abbr: 'BAN_DOAN', kind: 'mass_org', tail: 'level' },
  // a branch by its hamlet: "Chi đoàn ấp Tân Hòa", "Chi bộ thôn 3" (see match-unit-head.ts)
  { pattern: /chi (?:doan|bo)\b/y, abbr: 'CHI_HOI', kind: 'mass_org', tail: 'none' },
  {
    pattern: /chi hoi (?:nong dan|phu nu|cuu chien binh|nguoi cao tuoi|chu thap do|khuyen hoc|cuu giao chuc)/y,
    abbr: 'CHI_HOI',
    kind: 'mass_org',
    tail: 'none',
  },
  { pattern: /hoi cuu chien binh|hoi ccb\b/y, abbr: 'CCB', canonical: 'Hội Cựu chiến binh', kind: 'mass_org', tail: 'level' },
  { pattern: /hoi nong dan/y, abbr: 'HND', canonical: 'Hội Nông dân', kind: 'mass_org', tail: 'level' },
  { pattern: /hoi cuu thanh nien xung phong|hoi cuu tnxp\b/y, abbr: 'CTNXP', canonical: 'Hội Cựu thanh niên xung phong', kind: 'mass_org', tail: 'level' },
  { pattern: /hoi nguoi cao tuoi/y, abbr: 'NCT', canonical: 'Hội Người cao tuổi', kind: 'mass_org', tail: 'level' },
  { pattern: /hoi chu thap do|hoi ctd\b/y, abbr: 'HCTD', canonical: 'Hội Chữ thập đỏ', kind: 'mass_org', tail: 'level' },
  { pattern: /hoi khuyen hoc/y, abbr: 'HKH', canonical: 'Hội Khuyến học', kind: 'mass_org', tail: 'level' },
  { pattern: /hoi luat gia/y, abbr: 'HLG', canonical: 'Hội Luật gia', kind: 'mass_org', tail: 'level' },
  { pattern: /hoi nan nhan chat doc da cam(?:\/dioxin)?/y, abbr: 'HDC', canonical: 'Hội Nạn nhân chất độc da cam/dioxin', kind: 'mass_org', tail: 'level' },
  { pattern: /hiep hoi doanh nghiep/y, abbr: 'HHDN', canonical: 'Hiệp hội Doanh nghiệp', kind: 'other', tail: 'level' },
  // any other association of trades by its name: "Hiệp hội Các nhà bán lẻ Việt Nam", "Hiệp hội Du lịch tỉnh Hòa Giang" (capitalised only)
  { pattern: /hiep hoi/y, abbr: 'HIEP_HOI', canonical: 'Hiệp hội', kind: 'other', tail: 'title' },
  // a state or public-service company by its name: "Công ty Điện lực Hòa Sơn", "Công ty Cổ phần Cấp thoát nước Hòa Sơn"
  { pattern: /cong ty(?: co phan| tnhh(?: mot thanh vien| mtv)?)?/y, abbr: 'CTY', kind: 'other', tail: 'title' },
  // a company's works or branch by its trade and number: "Xí nghiệp Thoát nước số 3", "Xí nghiệp Môi trường đô thị số 1"
  { pattern: /xi nghiep/y, abbr: 'XN', canonical: 'Xí nghiệp', kind: 'other', tail: 'title' },
  // a state economic group a ministry's plan gives work to: "Tập đoàn Điện lực Việt Nam" (capitalised only, see spelledAsHead)
  { pattern: /tap doan/y, abbr: 'TAP_DOAN', canonical: 'Tập đoàn', kind: 'other', tail: 'title' },
  // a district's or province's power company by its place: "Điện lực Ninh Phước", "Điện lực tỉnh"
  { pattern: /dien luc/y, abbr: 'DIEN_LUC', canonical: 'Điện lực', kind: 'other', tail: 'level' },
  { pattern: /lien minh hop tac xa/y, abbr: 'LMHTX', canonical: 'Liên minh Hợp tác xã', kind: 'other', tail: 'level' },
  { pattern: /lien doan lao dong/y, abbr: 'LDLD', canonical: 'Liên đoàn Lao động', kind: 'mass_org', tail: 'level' },
  // the Liên đoàn's own unions: "Công đoàn cơ sở", "Công đoàn cấp trên trực tiếp cơ sở", "Công đoàn các Khu công nghiệp tỉnh",
  // a trade's union ("Công đoàn Giáo dục huyện", "Công đoàn ngành Y tế"); "Công đoàn cơ sở Bệnh viện" is the one union of the body itself
  { pattern: /cong doan cap tren truc tiep co so/y, abbr: 'CD_CTTCS', canonical: 'Công đoàn cấp trên trực tiếp cơ sở', kind: 'mass_org', tail: 'none' },
  { pattern: /cong doan co so(?: (?:benh vien|nha truong|truong|co quan)\b)?/y, abbr: 'CDCS', canonical: 'Công đoàn cơ sở', kind: 'mass_org', tail: 'none' },
  {
    pattern: /cong doan (?:cac )?khu (?:cong nghiep|kinh te|che xuat)/y,
    abbr: 'CD_KCN',
    canonical: 'Công đoàn các Khu công nghiệp',
    kind: 'mass_org',
    tail: 'level',
  },
  {
    pattern: /cong doan (?:nganh )?(?:giao duc|y te|cong thuong|nong nghiep(?: va phat trien nong thon)?|xay dung|giao thong van tai|vien chuc)/y,
    abbr: 'CD_NGANH',
    kind: 'mass_org',
    tail: 'level',
  },
  { pattern: /vien kiem sat nhan dan|vien kiem sat|vksnd\b/y, abbr: 'VKS', canonical: 'Viện kiểm sát nhân dân', kind: 'other', tail: 'level' },
  { pattern: /toa an nhan dan|toa an|tand\b/y, abbr: 'TA', canonical: 'Tòa án nhân dân', kind: 'other', tail: 'level' },
  { pattern: /doan kiem tra(?: lien nganh)?/y, abbr: 'DOAN_KT', canonical: 'Đoàn kiểm tra liên ngành', kind: 'other', tail: 'level' },
  // a department of a hospital or health centre: "Khoa Kiểm soát bệnh tật", "Khoa Dược - Trang thiết bị" (see spelledAsHead)
  { pattern: /khoa/y, abbr: 'KHOA', canonical: 'Khoa', kind: 'department', tail: 'title' },
  // a council of a hospital, a school or a commune by its field: "Hội đồng Kiểm soát nhiễm khuẩn", "Hội đồng Tư vấn thuế xã"
  { pattern: /hoi dong/y, abbr: 'HOI_DONG', canonical: 'Hội đồng', kind: 'other', tail: 'title' },
  { pattern: /tram/y, abbr: 'TRAM', canonical: 'Trạm', kind: 'department', tail: 'title' },
  { pattern: /dai/y, abbr: 'DAI', canonical: 'Đài', kind: 'department', tail: 'title' },
  { pattern: /trung tam/y, abbr: 'TT', canonical: 'Trung tâm', kind: 'department', tail: 'title' },
  { pattern: /chi cuc/y, abbr: 'CC', canonical: 'Chi cục', kind: 'department', tail: 'title' },
  { pattern: /van phong/y, abbr: 'VP', canonical: 'Văn phòng', kind: 'department', tail: 'title' },
  { pattern: /phong/y, abbr: 'PHONG', canonical: 'Phòng', kind: 'department', tail: 'title' },
  { pattern: /so/y, abbr: 'SO', canonical: 'Sở', kind: 'department', tail: 'title' },
  { pattern: /bo/y, abbr: 'BO', canonical: 'Bộ', kind: 'department', tail: 'title' },
  { pattern: /ban/y, abbr: 'BAN', canonical: 'Ban', kind: 'department', tail: 'title' },
  { pattern: /doi/y, abbr: 'DOI', kind: 'police', tail: 'title' },
];
