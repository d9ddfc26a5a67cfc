/** The level words of unit names and the words that end a name, apart from the heads they follow (unit-heads.ts). */

export interface LevelWord {
  folded: string;
  abbr: string;
  display: string;
}

/** Administrative levels, longest first so "thị trấn" wins over "thị". */
export const LEVELS: readonly LevelWord[] = [
  { folded: 'thanh pho', abbr: 'TP', display: 'thành phố' },
  { folded: 'tp', abbr: 'TP', display: 'thành phố' },
  { folded: 'thi tran', abbr: 'TT', display: 'thị trấn' },
  { folded: 'thi xa', abbr: 'TX', display: 'thị xã' },
  { folded: 'tinh', abbr: 'T', display: 'tỉnh' },
  { folded: 'huyen', abbr: 'H', display: 'huyện' },
  { folded: 'quan', abbr: 'Q', display: 'quận' },
  { folded: 'phuong', abbr: 'P', display: 'phường' },
  { folded: 'xa', abbr: 'X', display: 'xã' },
  // the island special zones a province has at commune level since 2025 ("Đảng ủy đặc khu Hòn Ngư", "các xã, phường, đặc khu")
  { folded: 'dac khu', abbr: 'DK', display: 'đặc khu' },
  { folded: 'quoc gia', abbr: 'QG', display: 'quốc gia' },
  { folded: 'trung uong', abbr: 'TW', display: 'Trung ương' },
  { folded: 'bo', abbr: 'BO', display: 'Bộ' },
];

/** Words after which a level word is not a level ("xã hội", "tinh thần", "quản lý"). */
export const NOT_LEVEL_NEXT: Readonly<Record<string, readonly string[]>> = {
  xa: ['hoi'],
  tinh: ['than', 'thuc', 'hinh', 'chat'],
  quan: ['ly', 'tam', 'he', 'diem', 'su', 'chung', 'trong', 'niem'],
  phuong: ['an', 'tien', 'thuc', 'huong', 'phap', 'cham'],
};

/** Lower-case words that end a sector name ("Phòng Tư pháp phối hợp …" stops before "phối"). */
export const NAME_STOP_WORDS = new Set(
  (
    'thanh tinh huyen quan thi phuong xa chu phoi co tham thuc trien to xay chi huong theo bao tang kiem tuyen van dam ' +
    'phat nam tiep lap can de trong ve tai tren cho voi va cung cac nhung la duoc se da dang khi neu hang dinh truoc ' +
    'sau nay do o ra chiu lam giao nham kip thuong chuan ket tong danh xu phan bo huy moi ca rieng chung day tich ho giam'
  ).split(' '),
);

/** heads read only as written: "Sở" (not "Số hồ sơ"), "Tổ" (not "Tổ chức"), "Vụ" (not "Vũ") … */
export const EXACT_HEAD_WORDS: Readonly<Record<string, string>> = {
  VU: 'Vụ',
  THUE: 'Thuế',
  THUE_CS: 'Thuế',
  QUY: 'Quỹ',
  TO: 'Tổ',
  KHOA: 'Khoa',
  HOI_DONG: 'Hội',
  VIEN: 'Viện',
  HD_DOI: 'Hội',
  DOAN_CS: 'Đoàn',
  SO: 'Sở',
};
