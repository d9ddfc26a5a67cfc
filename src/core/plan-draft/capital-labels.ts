import { isAbbreviation } from './capitals-abbreviation.ts';
import { foldSameLength } from './clean-text.ts';
import { UNIT_HEADS } from './unit-heads.ts';

/**
 * A bullet that opens with its unit in capitals, "- SỞ XÂY DỰNG: Kiểm tra …", "+ ỦY BAN NHÂN DÂN CÁC XÃ,
 * PHƯỜNG: …", gets the unit written as a name ("Sở xây dựng", place names as the document spells them
 * elsewhere: "Báo và phát thanh, truyền hình Hòa Sơn"), since a run of capitals is otherwise read as a
 * title line that names no unit.
 */
const CAPITAL_LABEL = /^(\s*(?:[-–+•*]|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s*)([\p{Lu}\d][\p{Lu}\d ,\-–&]*\p{Lu})(\s*:\s*)(?=.*\p{Ll})/u;

/** "1. TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH:" over its duties: a heading that is only a unit in capitals */
const CAPITAL_UNIT_HEADING = /^(\s*(?:[-–+•*]|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s*)([\p{Lu}\d][\p{Lu}\d ,\-–&]*\p{Lu})(\s*:?\s*)$/u;

/** "III. NHIỆM VỤ CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG": a part given to one unit, named in capitals */
const CAPITAL_DUTIES_OF =
  /^(\s*[IVX]{1,4}\.\s*(?:NHIỆM VỤ|TRÁCH NHIỆM)(?:,?\s+(?:VÀ\s+)?(?:NHIỆM VỤ|TRÁCH NHIỆM|QUYỀN HẠN))?\s+CỦA\s+)([\p{Lu}\d][\p{Lu}\d ,\-–&]*\p{Lu})(\s*:?\s*)$/u;

/** "IV. ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ": a part that asks a unit outside the issuer, named in capitals, for its work */
const CAPITAL_REQUEST = /^(\s*[IVX]{1,4}\.\s*)ĐỀ NGHỊ\s+([\p{Lu}\d][\p{Lu}\d ,\-–&]*\p{Lu})(\s*:?\s*)$/u;

/**
 * "PHÒNG KINH TẾ chủ trì, …", "ĐỀ NGHỊ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ chỉ đạo …": a paragraph that opens with its unit in
 * capitals, the duty going on in lower case (or after the unit's members in brackets)
 */
const CAPITAL_OPENING = /^(\s*(?:ĐỀ NGHỊ\s+)?)([\p{Lu}\d][\p{Lu}\d ,\-–&]*\p{Lu})(\s+)(?=\(|\p{Ll})/u;

export function caseCapitalLabel(line: string, document: string): string {
  const opening = CAPITAL_OPENING.exec(line);
  if (opening && (startsWithUnitHead(opening[2]!) || /^CÁC\s+\S/u.test(opening[2]!)) && opening[2]!.split(/\s+/).length >= 2) {
    const lead = opening[1]!.replace(/ĐỀ NGHỊ/u, 'Đề nghị');
    const named = nameOf(opening[2]!, document);
    return (lead ? lead + named : named) + opening[3]! + line.slice(opening[0].length);
  }
  const heading = CAPITAL_UNIT_HEADING.exec(line);
  // (there the unit may be its head alone: "… CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG")
  const request = CAPITAL_REQUEST.exec(line);
  const dutiesOf = CAPITAL_DUTIES_OF.exec(line) ?? (request && { ...request, 1: `${request[1]}Đề nghị ` });
  const m =
    CAPITAL_LABEL.exec(line) ?? (heading && startsWithUnitHead(heading[2]!) ? heading : null) ?? (dutiesOf && headLength(dutiesOf[2]!) > 0 ? dutiesOf : null);
  if (!m) return line;
  const label = m[2]!;
  const words = label.split(/\s+/);
  if (words.length < 2 || !words.some((w) => /\p{Lu}{2}/u.test(w))) return line;
  // "SỞ CÔNG THƯƠNG, CÔNG TY ĐIỆN LỰC HẢI PHÒNG": two units, each written as a name
  // ("PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ, ĐIỆN LỰC NINH PHƯỚC": a part with no head of its own belongs to the name before it)
  const parts: string[] = [];
  for (const part of label.split(/\s*,\s*/u)) {
    if (parts.length > 0 && !startsWithUnitHead(part)) parts[parts.length - 1] += `, ${part}`;
    else parts.push(part);
  }
  const several = parts.length > 1 && parts.every((part) => startsWithUnitHead(part));
  const named = (several ? parts : [label]).map((part) => nameOf(part, document)).join(', ');
  return m[1]! + named + m[3]! + line.slice(m[0].length);
}

const PLACE_ENDED = new Set(['CTY', 'DIEN_LUC', 'BAO']);

function nameOf(label: string, document: string): string {
  let named = label
    .split(/(\s+)/)
    // abbreviations stay in capitals inside a name: "Công ty TNHH MTV …", "Trường PTDTBT THCS …"
    .map((w) => (isAbbreviation(w) ? w : w.toLocaleLowerCase('vi')))
    .join('');
  named = (named.charAt(0).toLocaleUpperCase('vi') + named.slice(1)).replace(/^Công ty cổ phần/u, 'Công ty Cổ phần');
  // "Chi cục dân số" → "Chi cục Dân số": a sector's name starts with a capital after its head
  const { length: head, sector, abbr } = headOf(named);
  // "Công ty Cổ phần Cấp nước Ninh Thuận", "Điện lực Ninh Phước": a company's or a branch's name ends with its place
  if (PLACE_ENDED.has(abbr)) {
    const words = named.split(' ');
    const from = Math.max(words.length - 2, named.slice(0, head).split(' ').length);
    for (let w = from; w < words.length; w++) {
      if (!LEVEL_OR_GROUP.test(words[w]!)) words[w] = words[w]!.charAt(0).toLocaleUpperCase('vi') + words[w]!.slice(1);
    }
    named = words.join(' ');
  }
  const next = head > 0 ? /^\s+(\p{Ll})/u.exec(named.slice(head)) : null;
  if (next && !LEVEL_OR_GROUP.test(named.slice(head).trimStart())) {
    const at = head + next[0].length - 1;
    named = named.slice(0, at) + named.charAt(at).toLocaleUpperCase('vi') + named.slice(at + 1);
    // "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch": each part of a sector's name too
    if (sector) {
      named =
        named.slice(0, at) +
        named
          .slice(at)
          .replace(/(\s(?:và|-|–)\s|,\s)(\p{Ll})/gu, (whole, gap: string, letter: string, offset: number, rest: string) =>
            LEVEL_OR_GROUP.test(rest.slice(offset + gap.length)) ? whole : gap + letter.toLocaleUpperCase('vi'),
          );
    }
  }
  return restorePlaceNames(named, document);
}

/** Two or more words that the document writes capitalised elsewhere ("Hòa Sơn", "Bình Phú") keep their capitals. */
function restorePlaceNames(named: string, document: string): string {
  const capitalised = new Set(document.match(/(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)+/gu) ?? []);
  let out = named;
  for (const phrase of capitalised) {
    const lower = phrase.toLocaleLowerCase('vi');
    const at = out.toLocaleLowerCase('vi').indexOf(lower);
    // only at the label's end: a place closes a unit's name ("… tỉnh Hòa Sơn")
    if (at > 0 && at + lower.length === out.length) out = out.slice(0, at) + phrase;
  }
  return out;
}

/** words after a head that are a level or a collective, not a sector: "Công an tỉnh", "Ủy ban nhân dân các xã" */
const LEVEL_OR_GROUP = /^(?:các|cấp(?= (?:xã|huyện|tỉnh|cơ sở|trên|dưới|thành phố))|tỉnh|huyện|quận|xã|phường|thị|thành phố|và)(?=\s|,|$)/u;

/** length of the longest unit head opening the label (0 when none): "chi cục", "trung tâm", "bộ chỉ huy quân sự" */
function headLength(label: string): number {
  return headOf(label).length;
}

/** the longest unit head opening the label, and whether a sector's name follows it ("Sở", "Phòng", "Công ty") */
function headOf(label: string): { length: number; sector: boolean; abbr: string } {
  const folded = foldSameLength(label).toLowerCase();
  let best = { length: 0, sector: false, abbr: '' };
  for (const head of UNIT_HEADS) {
    head.pattern.lastIndex = 0;
    const m = head.pattern.exec(folded);
    if (m && m[0].length > best.length && (m[0].length === folded.length || /^[\s,]/.test(folded.slice(m[0].length))))
      best = { length: m[0].length, sector: head.tail === 'title', abbr: head.abbr };
  }
  return best;
}

/** a bare head ("BAN", "PHÒNG") is a word of a title, not a unit */
function startsWithUnitHead(label: string): boolean {
  const length = headLength(label);
  return length > 0 && length < label.length;
}
