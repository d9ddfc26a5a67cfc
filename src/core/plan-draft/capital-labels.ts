/**
 * A bullet that opens with its unit in capitals, "- SỞ XÂY DỰNG: Kiểm tra …", "+ ỦY BAN NHÂN DÂN CÁC XÃ,
 * PHƯỜNG: …", gets the unit written as a name ("Sở xây dựng", place names as the document spells them
 * elsewhere: "Báo và phát thanh, truyền hình Hòa Sơn"), since a run of capitals is otherwise read as a
 * title line that names no unit.
 */
const CAPITAL_LABEL = /^(\s*(?:[-–+•*]|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s*)([\p{Lu}\d][\p{Lu}\d ,\-–&]*\p{Lu})(\s*:\s*)(?=.*\p{Ll})/u;

export function caseCapitalLabel(line: string, document: string): string {
  const m = CAPITAL_LABEL.exec(line);
  if (!m) return line;
  const label = m[2]!;
  const words = label.split(/\s+/);
  if (words.length < 2 || !words.some((w) => /\p{Lu}{2}/u.test(w))) return line;
  let named = label.toLocaleLowerCase('vi');
  named = named.charAt(0).toLocaleUpperCase('vi') + named.slice(1);
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
