import { officialNameCase } from './official-name-case.ts';
import { foldVietnamese } from '../text/fold.ts';
import { isAbbreviation } from './capitals-abbreviation.ts';
import { capitalizeFirst } from './clean-text.ts';
import type { DraftHeader } from './types.ts';

/** "Số: 45/KH-BCĐ"; a scan may pull the number's digits apart ("Số: 2 17/QĐ-UBND"). */
const NUMBER = /Số\s*[:.]?\s*(\d(?: ?\d)*[A-Za-z]?\s*\/\s*[0-9A-Za-zĐđ][0-9A-Za-zĐđ\-/.]*[0-9A-Za-zĐđ])/;
/** "Trà Vinh, ngày 27 tháng 02 năm 2023", tolerating stray spaces inside numbers ("tháng 0 6", "năm 20 18"). */
const PLACE_DATE = /([^,]{2,60}?),\s*ngày\s+(\d ?\d?|\.+|…+)?\s*tháng\s+(\d ?\d?)\s+năm\s+(\d ?\d ?\d ?\d)/i;
/** "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 04/5/2020 …)": the date the document was issued with. */
const ISSUED_WITH = /ban hành[^()\n]{0,120}?ngày\s+(\d{1,2})(?:\s+tháng\s+|[/.-])(\d{1,2})(?:\s+năm\s+|[/.-])(\d{4})/i;
const DOCUMENT_KINDS = [
  'KẾ HOẠCH',
  'CHƯƠNG TRÌNH HÀNH ĐỘNG',
  'CHƯƠNG TRÌNH',
  'PHƯƠNG ÁN',
  'ĐỀ ÁN',
  'HƯỚNG DẪN',
  'CHỈ THỊ',
  'QUYẾT ĐỊNH',
  'CÔNG ĐIỆN',
  'THÔNG BÁO',
];
const ADMIN_NAME =
  '(?:[Pp]hường|[Xx]ã|[Tt]hị trấn|[Tt]hị xã|[Qq]uận|[Hh]uyện|[Tt]hành phố|[Tt]ỉnh|[Kk]hóm|[Ấấ]p|[Tt]hôn|[Bb]ản|[Tt]ổ dân phố|[Kk]hu phố)\\s+(?:\\d+[A-Za-z]?|\\p{Lu}\\p{Ll}*(?:\\s+[\\p{Lu}\\d][\\p{Ll}\\d]*){0,3})';
const AREA_PATTERNS = [
  new RegExp(`trọng tâm là (?:địa bàn )?(${ADMIN_NAME})`, 'u'),
  new RegExp(`địa bàn (${ADMIN_NAME})[^.;]{0,40}?(?:được lựa chọn|được chọn|thuộc diện|đưa vào) chuyển hóa`, 'u'),
  new RegExp(`chuyển hóa (?:đối với )?(?:địa bàn )?(${ADMIN_NAME})`, 'u'),
];
const TITLE_AREA = new RegExp(`(?:trên|tại) địa bàn (${ADMIN_NAME})`, 'u');

/** The lines that make the document's heading block, up to and including the title. */
export interface HeaderRead {
  header: DraftHeader;
  /** index of the first line after the title */
  bodyStart: number;
}

export function readHeader(lines: readonly string[], fullText: string): HeaderRead {
  const header: DraftHeader = { review: false, reviewNotes: [] };
  const kindIndex = lines.findIndex((line) => kindOf(line) !== undefined);
  const headLines = kindIndex >= 0 ? lines.slice(0, kindIndex) : lines.slice(0, 12);

  for (const line of headLines) {
    const number = NUMBER.exec(line);
    if (number && !header.number) header.number = number[1]!.replace(/\s+/g, '');
    const placeDate = PLACE_DATE.exec(line.replace(NUMBER, ''));
    if (placeDate && !header.issueDate) readPlaceDate(header, placeDate);
  }
  let bodyStart = 0;
  if (kindIndex >= 0) {
    const kind = kindOf(lines[kindIndex]!)!;
    header.kind = kind;
    const rest = withoutIssuerLine(lines[kindIndex]!.slice(kind.length).trim(), headLines);
    const title = readTitle(lines, kindIndex + 1, rest !== '');
    // a title run on in capitals is written as a sentence; a line in the document's own case keeps it
    const parts = [rest, title.text]
      .filter((part): part is string => Boolean(part))
      .map((part) => (rest && isCapitals(part) ? lowerKeepingAbbreviations(part) : part));
    if (parts.length > 0) header.title = capitalizeFirst(parts.join(' ').replace(/^V\/V\s/u, 'V/v '));
    bodyStart = title.next;
  }
  // a letter (công văn): its subject "V/v …" is its title; its body starts after "Kính gửi: …"
  if (!header.title) {
    const subject = lines.slice(0, 15).findIndex((l) => /^V\/v\b/iu.test(l));
    if (subject >= 0) header.title = capitalizeFirst(lines[subject]!.replace(/^V\/v\.?\s*/iu, ''));
    const to = lines.slice(0, 20).findIndex((l) => /^Kính gửi\s*:/iu.test(l));
    if (kindIndex < 0) bodyStart = Math.max(bodyStart, subject + 1, to + 1);
  }
  if (!header.issueDate) {
    const issued = ISSUED_WITH.exec(fullText);
    if (issued) {
      header.issueDate = `${issued[3]}-${pad(Number(issued[2]))}-${pad(Number(issued[1]))}`;
      note(header, `Không có dòng "…, ngày … tháng … năm …"; ngày ban hành lấy từ "${issued[0]}".`);
    }
  }
  readIssuer(header, headLines, fullText);
  header.area = readArea(fullText, header.title);
  if (!header.area && header.issuer) {
    // a province's or district's own document covers its territory: "Ủy ban nhân dân tỉnh Kon Tum" → "Tỉnh Kon Tum"
    const own = /(?:^|\s)((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+\p{Lu}[\p{L}\d ]*?)\s*[-–_]*$/iu.exec(header.issuer);
    if (own) {
      // the issuer may have been read from a line in capitals: a place name has every syllable capitalised
      const [level, place] = splitLevel(own[1]!.replace(/\s+/g, ' ').trim());
      header.area = place
        ? `${capitalizeFirst(level.toLocaleLowerCase('vi'))} ${place
            .split(' ')
            .map((w) => capitalizeFirst(w.toLocaleLowerCase('vi')))
            .join(' ')}`
        : capitalizeFirst(level);
      note(header, `Địa bàn lấy theo cơ quan ban hành (${header.area}); cần kiểm tra.`);
    }
  }

  if (!header.number) note(header, 'Không thấy số văn bản ("Số: …/KH-…").');
  if (!header.issueDate) note(header, 'Không thấy ngày ban hành ("…, ngày … tháng … năm …"); thời hạn tính theo năm trong tên kế hoạch.');
  if (!header.title) note(header, 'Không thấy tên kế hoạch (dòng sau "KẾ HOẠCH").');
  return { header, bodyStart };
}

/** "KẾ HOẠCH", or a kind heading with its title run on ("QUYẾT ĐỊNH V/V BAN HÀNH …"); not "QUYẾT ĐỊNH:" in a decision's body. */
function kindOf(line: string): string | undefined {
  // "QUYẾT ĐỊNHVề việc ban hành …": a scan ran the kind into its subject line
  const runOn = DOCUMENT_KINDS.find((kind) => line.startsWith(kind) && /^(?:Về việc|V\/v)\s/u.test(line.slice(kind.length)));
  if (runOn) return runOn;
  if (line !== line.toUpperCase()) return undefined;
  return DOCUMENT_KINDS.find((kind) => line === kind || (line.startsWith(`${kind} `) && /\p{Lu}/u.test(line.slice(kind.length))));
}

function readPlaceDate(header: DraftHeader, m: RegExpExecArray): void {
  const place = m[1]!.trim();
  if (place) header.place = place;
  const digits = (s: string | undefined) => (s ?? '').replace(/\s+/g, '');
  const day = m[2] && /^\d/.test(m[2]) ? Number(digits(m[2])) : undefined;
  const month = Number(digits(m[3]));
  const year = Number(digits(m[4]));
  if (/\d \d/.test(m[0])) note(header, `Dòng ngày tháng có khoảng trắng lạ ("${m[0].trim()}"); đọc là ${day ?? '?'}/${month}/${year}.`);
  if (day === undefined) note(header, 'Ngày ban hành để trống; tạm lấy ngày 01 của tháng ban hành.');
  header.issueDate = `${year}-${pad(month)}-${pad(day ?? 1)}`;
}

function isCapitals(text: string): boolean {
  return text === text.toLocaleUpperCase('vi');
}

const AUTHORITY_TAIL = /\s+(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG BAN|THỦ TƯỚNG|ỦY BAN NHÂN DÂN|BAN CHỈ ĐẠO)(?:\s+[\p{Lu}\d-]+)*$/u;

/**
 * A decision's title block ends with its authority written again ("… TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN
 * DÂN TỈNH KON TUM", or "CHỦ TỊCH ỦY BAN NHÂN DÂN …"): that line is the issuer, not the title's end.
 */
function withoutIssuerLine(title: string, headLines: readonly string[]): string {
  // a title in the document's own case followed by its authority in capitals ("… năm 2029 CHỦ TỊCH ỦY BAN NHÂN DÂN")
  if (/\p{Ll}/u.test(title)) return title.replace(AUTHORITY_TAIL, '');
  for (const line of headLines) {
    const issuer = line.replace(/[\s\-–_]+$/u, '');
    if (!isCapitals(issuer) || issuer.split(/\s+/).length < 3 || !title.endsWith(` ${issuer}`)) continue;
    return title
      .slice(0, -issuer.length)
      .replace(/\s(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG BAN)\s*$/u, '')
      .trim();
  }
  return title;
}

/** The title's lines after its kind heading; `continuing`: the title began on the kind's line, so the body may start at once. */
function readTitle(lines: readonly string[], from: number, continuing = false): { text?: string; next: number } {
  let i = from;
  while (i < lines.length && lines[i] === '') i++;
  const parts: string[] = [];
  // A title may wrap over a few lines; it ends at a blank line or where the body starts.
  while (i < lines.length && lines[i] !== '' && parts.length < 4) {
    const line = lines[i]!;
    const started = parts.length > 0 || continuing;
    if (started && /^(Căn cứ|Thực hiện|Xét|Theo đề nghị|Nhằm|Để|Điều\s+\d|[IVX]+\.|\d{1,2}\.\s|[-–+]\s)/.test(line)) break;
    if (/^[-–_]{3,}$/.test(line)) break;
    // the body run on with no blank line: a sentence ("… đạt 38% dự toán. Để …"), a lead-in ending in ":", an assignment
    if (started && (/[.;:]$/.test(parts.at(-1) ?? '') || /:$|[.;]\s+\p{Lu}/u.test(line) || /^(?:Giao|Đề nghị|Yêu cầu)\s/u.test(line))) break;
    parts.push(line);
    i++;
  }
  const text = parts.join(' ').trim();
  return text ? { text: capitalizeFirst(text), next: i } : { next: i };
}

/** Issuer from the heading block, or from "…, <issuer> (gọi tắt là <short>) xây dựng/ban hành Kế hoạch". */
function readIssuer(header: DraftHeader, headLines: readonly string[], fullText: string): void {
  const alias = /\(gọi tắt là ([^)]{3,80})\)/.exec(fullText);
  if (alias) {
    const short = alias[1]!.trim();
    header.issuerShort = short;
    const headWord = short.split(/\s+/).slice(0, 3).join(' ');
    const before = fullText.slice(0, alias.index);
    const start = before.lastIndexOf(headWord);
    if (start >= 0) {
      header.issuer = before.slice(start).trim();
      return;
    }
    header.issuer = short;
    return;
  }
  const orgLines = headLines.filter(
    (line) => line === line.toUpperCase() && /\p{Lu}{2}/u.test(line) && !/CONG HOA|DOC LAP|^SO\s*[:.]/i.test(foldVietnamese(line)),
  );
  const lastOrg = orgLines[orgLines.length - 1];
  if (lastOrg) {
    // "ỦY BAN NHÂN DÂN" over "HUYỆN TAM PHÚ" is one name wrapped; "UBND TỈNH X" over "SỞ Y TẾ" is parent over issuer.
    const above = orgLines[orgLines.length - 2];
    const wrapped = above !== undefined && LEVEL_FIRST.test(lastOrg) && !LEVEL_ANYWHERE.test(above);
    const heading = wrapped ? `${above.replace(/[\s\-–_]+$/, '')} ${lastOrg}` : ownBodyOf(lastOrg);
    header.issuer = issuerCase(heading);
    note(header, `Cơ quan ban hành lấy từ dòng tiêu đề "${heading.replace(/[\s\-–_]+$/, '')}"; cần kiểm tra cách viết hoa.`);
    return;
  }
  const drafting = /,\s*((?:Ban Chỉ đạo|Ủy ban nhân dân|UBND|Công an|Đảng ủy)[^,;()]{2,120}?)\s+(?:xây dựng|ban hành)\s+Kế hoạch/.exec(fullText);
  if (drafting) {
    header.issuer = drafting[1]!.trim();
    note(header, 'Cơ quan ban hành suy ra từ câu "… xây dựng Kế hoạch"; cần kiểm tra.');
    return;
  }
  note(header, 'Không xác định được cơ quan ban hành.');
}

/** A title run on in capitals, as a sentence: "… TRƯỜNG THPT …" → "… trường THPT …". */
function lowerKeepingAbbreviations(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => (isAbbreviation(word) ? word : word.toLocaleLowerCase('vi')))
    .join('');
}

const LEVELS = 'tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn';
/** Where a body's name starts inside a heading line in capitals ("… SỞ GIÁO DỤC …"); "BAN" of "ỦY BAN" is no start. */
const BODY_START =
  /\s(?=(?:SỞ|PHÒNG(?![,\\s]+CHỐNG)|TRƯỜNG|(?<!ỦY\s)BAN|ĐẢNG ỦY|ỦY BAN|UBND|CÔNG AN|BỆNH VIỆN|TRUNG TÂM|CHI CỤC|CỤC|VĂN PHÒNG|HỘI|ĐOÀN|BỘ CHỈ HUY|BCĐ|THANH TRA|CHI BỘ|LIÊN ĐOÀN|TRẠM)\s)/gu;

/**
 * "UBND TỈNH LÂM HÀ SỞ GIÁO DỤC VÀ ĐÀO TẠO": a crawler runs a header cell's two lines into one, the parent body (named
 * with its level and place, or a ministry, department or general office) before the issuing body; the issuer is the last body named after such a parent.
 */
const PARENT_BODY = /^(?:BỘ|TỔNG CỤC|SỞ|ĐẢNG BỘ)\s+\S+/u;

function ownBodyOf(line: string): string {
  let start = 0;
  for (const m of line.matchAll(BODY_START)) {
    const parent = line.slice(start, m.index);
    if (LEVEL_ANYWHERE.test(`${parent} `) || PARENT_BODY.test(parent)) start = m.index + 1;
  }
  return line.slice(start);
}
/** A heading line that starts with an administrative level ("HUYỆN TAM PHÚ"). */
const LEVEL_FIRST = new RegExp(`^(?:${LEVELS})\\s`, 'iu');
/** A heading line that already names a level somewhere ("UBND TỈNH LÂM GIANG"). */
const LEVEL_ANYWHERE = new RegExp(`(?:^|\\s)(?:${LEVELS})\\s`, 'iu');

/**
 * "ỦY BAN NHÂN DÂN TỈNH KON TUM -------" → "Ủy ban nhân dân tỉnh Kon Tum": place names after a level keep capitals.
 * "TRƯỜNG THPT ĐÔNG KHÊ" → "Trường THPT Đông Khê": abbreviations keep their capitals, and the words after the
 * last one (up to a level) are the body's own name.
 */
function issuerCase(line: string): string {
  const words = line
    .replace(/[\s\-–_*]+$/, '')
    .replace(/^UBND\b/u, 'ỦY BAN NHÂN DÂN')
    .replace(/^BCĐ\b/u, 'BAN CHỈ ĐẠO')
    .split(/\s+/);
  const lastAbbreviation = words.findLastIndex(isAbbreviation);
  let named = lastAbbreviation >= 0;
  const cased = words.map((word, i) => {
    if (isAbbreviation(word)) return word;
    const lower = word.toLocaleLowerCase('vi');
    if (i > lastAbbreviation && LEVEL_FIRST.test(`${lower} ${(words[i + 1] ?? '').toLocaleLowerCase('vi')} `)) named = false;
    return named && i > lastAbbreviation ? capitalizeFirst(lower) : lower;
  });
  const lower = officialNameCase(capitalizeFirst(cased.join(' ')));
  const level = new RegExp(`(?:^|\\s)(?:${LEVELS})\\s+(.+)$`, 'iu').exec(lower);
  if (!level) return lower;
  const place = level[1]!.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, ch: string) => space + ch.toLocaleUpperCase('vi'));
  return lower.slice(0, lower.length - level[1]!.length) + place;
}

function readArea(fullText: string, title?: string): string | undefined {
  for (const pattern of AREA_PATTERNS) {
    const m = pattern.exec(fullText);
    if (m) return normalizeArea(m[1]!);
  }
  const fromTitle = title ? TITLE_AREA.exec(title) : null;
  return fromTitle ? normalizeArea(fromTitle[1]!) : undefined;
}

function splitLevel(area: string): [string, string | undefined] {
  const m = /^(thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường)\s+(.+)$/iu.exec(area);
  return m ? [m[1]!, m[2]!] : [area, undefined];
}

function normalizeArea(area: string): string {
  return capitalizeFirst(area.replace(/\s+(năm|giai đoạn|được|về|trong)$/, '').trim());
}

function note(header: DraftHeader, text: string): void {
  header.review = true;
  header.reviewNotes.push(text);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
