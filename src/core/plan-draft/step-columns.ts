import { foldVietnamese } from '../text/fold.ts';

/**
 * "TT | Đơn vị | Hồ sơ tồn đọng | Chỉ tiêu | Rà soát hồ sơ | Đo đạc bổ sung | … | Ghi chú": a matrix whose step columns hold, per
 * unit, the TIME of the step ("30/4/2028", "Quý II/2028", "Tháng 7/2028") rather than a duty. Such a column's header is the duty
 * and each cell its due time; "Không phải thực hiện", "Đã hoàn thành" or an empty cell is no duty. A column of figures ("1.240",
 * "85%") is a target, no duty. Any other column (cells that are duties) is left to the caller: undefined.
 */
export function withStepColumns(header: readonly string[], rows: readonly string[][], stages: readonly number[], unit: number): string[][] {
  const kept = rows.filter((row) => !TOTAL_ROW.test(foldVietnamese(row[unit] ?? '')));
  const out = kept.map((row) => [...row]);
  // "Phường Kỳ Lộ", "Xã Nà Phiêng" in the units' column: the commune's or ward's People's Committee, which the matrix gives the
  // steps; the step's line names the place too ("… trên địa bàn phường Kỳ Lộ"), or every row's step would read the same
  const places = kept.map((row) => PLACE.exec(row[unit] ?? '')?.[0]);
  for (const row of out) row[unit] = (row[unit] ?? '').replace(PLACE, (place) => `Ủy ban nhân dân ${lowerFirst(place)}`);
  for (const stage of stages) {
    const duties = stepColumnDuties(
      header[stage] ?? '',
      kept.map((row) => row[stage] ?? ''),
    );
    if (!duties) continue;
    duties.forEach((duty, at) => {
      const place = places[at];
      out[at]![stage] = duty && place ? duty.replace(/, hoàn thành /u, ` trên địa bàn ${lowerFirst(place)}, hoàn thành `) : duty;
    });
  }
  return out;
}

function stepColumnDuties(header: string, cells: readonly string[]): string[] | undefined {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '' && !DONE_OR_NONE.test(foldVietnamese(c)));
  if (filled.length === 0) return undefined;
  if (filled.every((c) => FIGURE.test(c))) return cells.map(() => '');
  if (!filled.every((c) => TIME_CELL.test(c))) return undefined;
  const duty = header.replace(/[.;:,\s]+$/u, '');
  return cells.map((raw) => {
    const cell = raw.trim();
    if (cell === '' || !TIME_CELL.test(cell)) return '';
    const due = /^\d/.test(cell) ? `ngày ${cell}` : `trong ${lowerFirst(cell)}`;
    return `${duty}, hoàn thành ${due}`;
  });
}

const PLACE = /^(?:Xã|Phường|Thị trấn)\s+\p{Lu}[^,;()]*$/u;

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** a cell that is only a date, a month or a quarter (with its year) */
const TIME_CELL = /^(?:\d{1,2}\/\d{1,2}\/\d{4}|(?:tháng|quý)\s+(?:\d{1,2}|[IV]{1,3})\s*\/\s*\d{4}|(?:tháng|quý)\s+(?:\d{1,2}|[IV]{1,3})\s+năm\s+\d{4})$/iu;
const FIGURE = /^[\d.,\s%]+(?:\s*\p{L}{0,8})?$/u;
/** the closing "Cộng" / "Tổng cộng" row of a matrix: sums, no unit */
const TOTAL_ROW = /^(?:tong )?cong$|^tong(?: so)?$/;
const DONE_OR_NONE = /^(?:khong (?:phai )?thuc hien|da hoan thanh|khong ap dung|-+|x)$/;
