/**
 * A joint plan names its parties once, "Công an tỉnh và Sở Giáo dục và Đào tạo (sau đây gọi là hai bên)", and later gives work
 * to them together under a heading "4. Mỗi bên", "Hai bên", "Các bên", "Trách nhiệm chung của hai bên": such a heading is written
 * with the parties' names ("4. Công an tỉnh và Sở Giáo dục và Đào tạo"), so its items are theirs as under any unit heading.
 * Nothing changes when the plan names no parties so.
 */
export function partiesForEachParty(lines: readonly string[]): string[] {
  const parties = namedParties(lines);
  if (!parties) return [...lines];
  return lines.map((line) => {
    const m = EACH_PARTY_HEADING.exec(line.trim());
    return m ? `${m[1]} ${parties}${m[2] ?? ''}` : line;
  });
}

function namedParties(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = PARTIES_NAMED.exec(line);
    if (!m) continue;
    const before = m[1]!
      .split(/[;:]|,\s+(?=\p{Lu})|\b(?:giữa|của)\s+/u)
      .at(-1)!
      .trim();
    if (/\s(?:và|với)\s/u.test(before) && before.length <= 160) return before.replace(/^(?:giữa)\s+/u, '');
  }
  return undefined;
}

/** "… X và Y (sau đây gọi là hai bên)", "(sau đây gọi tắt là hai bên)", "(gọi chung là các bên)" */
const PARTIES_NAMED = /([^()]{5,200}?)\s*\(\s*(?:sau đây\s+)?gọi\s+(?:tắt\s+|chung\s+)?là\s+(?:hai|các|02)\s+bên\s*\)/iu;
const EACH_PARTY_HEADING =
  /^((?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ]\)|[IVX]{1,4}\.))\s+(?:Mỗi bên|Hai bên|Các bên|Trách nhiệm (?:chung\s+)?của (?:mỗi|hai|các) bên)(\s*:)?$/iu;
