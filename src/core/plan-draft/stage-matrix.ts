import { foldVietnamese } from '../text/fold.ts';
import { withStepColumns } from './step-columns.ts';

/** a header cell naming the units' column ("Cơ quan, đơn vị", "Đơn vị thực hiện", "Địa phương") */
const UNIT_COLUMN = /^(?:co quan|don vi|dia phuong)(?:\s*,?\s*(?:co quan|don vi|dia phuong))*(?:\s+(?:thuc hien|chu tri|phu trach))?$/;
const NUMBER_COLUMN = /^(?:tt|stt|so tt|so thu tu)$/;
/** a date, a month or a quarter: a cell line that gives its own time keeps it instead of its column's */
const DATED = /\d{1,2}\/\d{1,2}|\btháng\s+\d|\bquý\s+[IV]/iu;

/**
 * "TT | Cơ quan, đơn vị | Trước mùa mưa bão (hoàn thành trước ngày 31/5/2028) | Khi có thiên tai | Sau thiên tai": a matrix of
 * units by stage, each cell holding the unit's duties in that stage (lines joined by "<br>"). Each row becomes the unit's numbered
 * heading over one dash line per duty, as "1. Sở X" over verb-first bullets is read in running text; a duty in a column whose
 * header gives a date is due then, unless the duty states its own time. Undefined when the table is no such matrix.
 */
export function stageMatrixLines(cells: readonly string[][]): string[] | undefined {
  const headerAt = cells.findIndex((row) => row.some((c) => UNIT_COLUMN.test(foldVietnamese(c))));
  const header = cells[headerAt];
  if (!header) return undefined;
  const folded = header.map((c) => foldVietnamese(c));
  const unit = folded.findIndex((c) => UNIT_COLUMN.test(c));
  const number = folded.findIndex((c) => NUMBER_COLUMN.test(c));
  const stages = [...folded.keys()].filter((i) => i !== unit && i !== number && folded[i] !== '' && !/^ghi chu\b/.test(folded[i]!));
  const rows = withStepColumns(
    header,
    cells.slice(headerAt + 1).filter((row) => (row[unit] ?? '') !== ''),
    stages,
    unit,
  );
  if (stages.length < 2 || rows.length === 0) return undefined;
  const out = cells.slice(0, headerAt).flatMap((row) => row.filter((c) => c !== ''));
  rows.forEach((row, at) => {
    const label = number >= 0 && /^\d{1,2}\.?$/.test(row[number] ?? '') ? row[number]!.replace(/\.$/, '') : String(at + 1);
    out.push(`${label}. ${row[unit]!.replace(/\s*\n\s*/g, ' ')}`);
    for (const stage of stages) {
      const due = columnTime(header[stage]!);
      for (const line of (row[stage] ?? '').split('\n')) {
        const duty = line.replace(/^\s*[-–+•]\s*/u, '').replace(/[.;,\s]+$/u, '');
        if (duty === '') continue;
        out.push(`- ${duty}${due && !DATED.test(duty) ? `, ${due}` : ''}.`);
      }
    }
  });
  return out;
}

/** "Trước mùa mưa bão (hoàn thành trước ngày 31/5/2028)": the dated part of a stage's header, the time of its column's duties */
function columnTime(header: string): string | undefined {
  const bracket = /\(([^()]*)\)/u.exec(header)?.[1] ?? header;
  if (!DATED.test(bracket)) return undefined;
  return bracket.charAt(0).toLocaleLowerCase('vi') + bracket.slice(1);
}
