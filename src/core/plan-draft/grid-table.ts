/**
 * A grid table, as pandoc, Emacs or a plain-text export draws it: "+-----+------+" borders (a "+=====+" one under the header)
 * between rows, each row one or more "| … | … |" lines whose cells wrap onto the lines below. Read line by line it is a string
 * of one-line tables with half a duty each; rewritten as a pipe table, one line a row with each cell's lines joined, it is read
 * by pipe-table.ts like any other. A line across the whole width ("| II. LẬP PHƯƠNG ÁN … |") is a group row: its number goes
 * to the first column and its title to the second.
 */
export function gridTablesToPipes(lines: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!BORDER.test(line.trim())) {
      out.push(line);
      i++;
      continue;
    }
    const columns = line.trim().split('+').length - 2;
    let row: string[][] = [];
    let wrote = false;
    const flush = (header: boolean) => {
      if (row.length > 0) {
        out.push(`| ${row.map((cell) => cell.join(' ')).join(' | ')} |`);
        if (header) out.push(`|${'---|'.repeat(columns)}`);
        wrote = true;
      }
      row = [];
    };
    for (i++; i < lines.length; i++) {
      const inner = lines[i]!.trim();
      if (BORDER.test(inner)) {
        flush(/=/.test(inner) || (!wrote && !lines.slice(i + 1).some((l) => /=/.test(l.trim()) && BORDER.test(l.trim()))));
        continue;
      }
      if (!inner.startsWith('|')) break;
      const cells = inner
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((c) => c.trim());
      const parts = cells.length === columns ? cells : groupRow(cells.join(' '), columns);
      if (row.length === 0) row = parts.map(() => []);
      parts.forEach((cell, c) => {
        if (cell !== '') row[c]?.push(cell);
      });
    }
    flush(false);
  }
  return out;
}

const BORDER = /^\+(?:[-=:]+\+)+$/;

function groupRow(text: string, columns: number): string[] {
  const m = /^((?:[IVX]{1,4}|[A-ZĐ]|\d{1,2})\.)\s+(.*)$/u.exec(text);
  const cells = Array.from({ length: columns }, () => '');
  if (m) [cells[0], cells[1]] = [m[1]!.replace(/\.$/, ''), m[2]!];
  else cells[columns > 1 ? 1 : 0] = text;
  return cells;
}
