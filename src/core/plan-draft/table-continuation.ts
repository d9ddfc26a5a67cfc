/**
 * Rows of a pipe table that only carry the wrapped rest of the row above. A long cell typed into a
 * narrow column (or a .docx row split across pages) continues on a row whose number cell is empty,
 * "-" or missing ("| | pháp luật do tỉnh ban hành | | |" under "| 1 | Rà soát, đề xuất bãi bỏ các văn bản
 * quy phạm | Sở Tư pháp | Quý II/2028 |"); read alone such a row becomes a duty of its own and the row
 * above loses the rest of its content, lead and time. Each continuation is joined to the row above,
 * column by column. A numbered or lettered group row ("| I | CẢI CÁCH THỂ CHẾ | | |") is never one.
 */
export function joinContinuationRows(rows: readonly string[][], width: number, numberColumn: number, contentColumn: number): string[][] {
  const out: string[][] = [];
  for (const raw of rows) {
    const row = withNumberCell(raw, width, numberColumn);
    const above = out[out.length - 1];
    if (above !== undefined && isContinuation(row, above, numberColumn, contentColumn)) {
      row.forEach((cell, i) => {
        if (i !== numberColumn && cell !== '') above[i] = above[i] ? `${above[i]} ${cell}` : cell;
      });
    } else out.push([...raw]);
  }
  return out;
}

/** a row one cell short of the header whose first cell is the number column may have lost an empty number cell */
function withNumberCell(row: readonly string[], width: number, numberColumn: number): string[] {
  if (numberColumn === 0 && row.length === width - 1 && !/^\d{1,2}\.?$|^[IVX]{1,4}$/.test(row[0] ?? '')) return ['', ...row];
  return [...row];
}

function isContinuation(row: readonly string[], above: readonly string[], numberColumn: number, contentColumn: number): boolean {
  if (!/^[-–]?$/.test(row[numberColumn] ?? '')) return false;
  // only rows under a numbered row wrap: a table without numbers has no way to tell its rows apart
  if (!/\S/.test(above[numberColumn] ?? '') || (above[contentColumn] ?? '') === '') return false;
  const content = row[contentColumn] ?? '';
  const rest = row.filter((c, i) => i !== numberColumn && i !== contentColumn && c !== '');
  if (content === '') return rest.length > 0;
  // a wrapped sentence goes on in lower case or with a number ("2028"); a capital opens a row of its own,
  // unless the row above is a group title in capitals wrapping in capitals
  if (/^[\p{Ll}\d(]/u.test(content)) return true;
  const shouting = (s: string) => s === s.toLocaleUpperCase('vi') && /\p{Lu}{2}/u.test(s);
  return shouting(content) && shouting(above[contentColumn] ?? '') && rest.length === 0;
}
