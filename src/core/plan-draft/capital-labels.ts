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

export function caseCapitalLabel(line: string, document: string): string {
  const heading = CAPITAL_UNIT_HEADING.exec(line);
  const m = CAPITAL_LABEL.exec(line) ?? (heading && startsWithUnitHead(heading[2]!) ? heading : null);
  if (!m) return line;
  const label = m[2]!;
  const words = label.split(/\s+/);
  if (words.length < 2 || !words.some((w) => /\p{Lu}{2}/u.test(w))) return line;
  let named = label.toLocaleLowerCase('vi');
  named = named.charAt(0).toLocaleUpperCase('vi') + named.slice(1);
  // "Chi cục dân số" → "Chi cục Dân số": a sector's name starts with a capital after its head
  const head = headLength(named);
  const next = head > 0 ? /^\s+(\p{Ll})/u.exec(named.slice(head)) : null;
  if (next && !LEVEL_OR_GROUP.test(named.slice(head).trimStart())) {
    const at = head + next[0].length - 1;
    named = named.slice(0, at) + named.charAt(at).toLocaleUpperCase('vi') + named.slice(at + 1);
  }
  named = restorePlaceNames(named, document);
  return m[1]! + named + m[3]! + line.slice(m[0].length);
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
const LEVEL_OR_GROUP = /^(?:các|cấp|tỉnh|huyện|quận|xã|phường|thị|thành phố|và)(?=\s|,|$)/u;

/** length of the longest unit head opening the label (0 when none): "chi cục", "trung tâm", "bộ chỉ huy quân sự" */
function headLength(label: string): number {
  const folded = foldSameLength(label).toLowerCase();
  let best = 0;
  for (const head of UNIT_HEADS) {
    head.pattern.lastIndex = 0;
    const m = head.pattern.exec(folded);
    if (m && m[0].length > best && (m[0].length === folded.length || /^[\s,]/.test(folded.slice(m[0].length)))) best = m[0].length;
  }
  return best;
}

/** a bare head ("BAN", "PHÒNG") is a word of a title, not a unit */
function startsWithUnitHead(label: string): boolean {
  const length = headLength(label);
  return length > 0 && length < label.length;
}
