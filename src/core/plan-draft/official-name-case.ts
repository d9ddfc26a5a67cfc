/**
 * Capitals of a body's name read from a line in capitals, as Vietnamese official writing has them: the kind of
 * body and the first word of what it does ("Ban Chỉ đạo", "Sở Tài chính", "Hội Liên hiệp Phụ nữ"), the rest lower.
 * The sentence-cased name ("Ban chỉ đạo phường 5") reached the report's title (QA15 #3).
 */
const FIXED_NAMES: readonly string[] = [
  'Ban Chỉ đạo',
  'Ban Thường vụ',
  'Ban Chấp hành',
  'Ban Quản lý',
  'Ban Tuyên giáo',
  'Ban Dân vận',
  'Ban Tổ chức',
  'Ban Kinh tế - Ngân sách',
  'Ban Văn hóa - Xã hội',
  'Ban Pháp chế',
  'Ban Chỉ huy Quân sự',
  'Bộ Chỉ huy Quân sự',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Kiểm tra',
  'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Hội Chữ thập đỏ',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Đoàn Thanh niên',
  'Liên đoàn Lao động',
  'Văn phòng',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = FIXED_NAMES.map((name) => ({ name, pattern: new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'giu') }));
/** "Sở tài chính" → "Sở Tài chính": a department or ministry names its field with a capital. */
const FIELD_AFTER = /(?<![\p{L}])(Sở|Bộ|Cục|Chi cục|Phòng|Trung tâm)\s+(\p{Ll})/gu;

export function officialNameCase(name: string): string {
  let out = name;
  for (const { name: fixed, pattern } of PATTERNS)
    out = out.replace(pattern, (found) => (found.toLocaleLowerCase('vi') === fixed.toLocaleLowerCase('vi') ? fixed : found));
  return out.replace(FIELD_AFTER, (_, head: string, first: string) => `${head} ${first.toLocaleUpperCase('vi')}`);
}
