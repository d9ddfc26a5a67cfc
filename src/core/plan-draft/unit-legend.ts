/**
 * A plan that numbers its units once in a legend ("(1) Sở Y tế; (2) Sở Giáo dục và Đào tạo; (3) Công an tỉnh; …", on one line
 * or several, usually under "Ký hiệu đơn vị thực hiện") and then cites them by number ("…: (2) chủ trì, (1), (5) phối hợp",
 * "(3) chỉ đạo …", "(1) và (2) đồng chủ trì"): each citation after the legend is written as the unit's name, so the role and
 * subject readers see units. The legend itself is left as it is. A run of numbered points that are no units (no citation of
 * them with a role word anywhere) is no legend.
 */
export function citeLegendUnits(lines: readonly string[]): string[] {
  const legend = new Map<string, string>();
  let end = -1;
  for (let i = 0; i < lines.length && end < 0; i++) {
    const entries = legendEntries(lines[i]!);
    if (!entries) continue;
    let j = i;
    const found = [...entries];
    while (j + 1 < lines.length) {
      const more = legendEntries(lines[j + 1]!);
      if (!more) break;
      found.push(...more);
      j++;
    }
    if (found.length < 3 || !found.every(([n], k) => Number(n) === k + 1)) continue;
    for (const [n, name] of found) legend.set(n, name);
    end = j;
  }
  if (end < 0) return [...lines];
  const after = lines.slice(end + 1);
  if (!after.some((l) => ROLE_CITATION.test(l))) return [...lines];
  return [...lines.slice(0, end + 1), ...after.map((l) => l.replace(CITATION, (whole, n: string) => legend.get(n) ?? whole))];
}

/** a line made only of "(N) Name;" entries, at least two of them, names starting with a capital */
function legendEntries(line: string): [string, string][] | undefined {
  const text = line.trim();
  if (!/^\(\d{1,2}\)\s*\p{Lu}/u.test(text)) return undefined;
  const entries: [string, string][] = [];
  let rest = text;
  for (;;) {
    const m = ENTRY.exec(rest);
    if (!m) break;
    entries.push([String(Number(m[1])), m[2]!.trim()]);
    rest = rest.slice(m[0].length);
  }
  return rest.trim() === '' && entries.length >= 2 ? entries : undefined;
}

const ENTRY = /^\s*\((\d{1,2})\)\s*(\p{Lu}[^;()]*?)\s*(?:;|\.?\s*$)/u;
const CITATION = /\((\d{1,2})\)(?!\s*\p{Lu})/gu;
/** a number cited with a role: "(6) chủ trì", "(1), (5) phối hợp", "(1) và (2) đồng chủ trì", "(8) thực hiện" */
const ROLE_CITATION = /\(\d{1,2}\)\s*(?:(?:,|và)\s*\(\d{1,2}\)\s*)*(?:đồng\s+)?(?:chủ trì|phối hợp|thực hiện|là cơ quan)/u;
