/** A problem found in a review workbook, placed on its sheet, row (1-based, as Excel shows it) and column header. */
export interface WorkbookProblem {
  severity: 'error' | 'warning';
  sheet: string;
  row?: number;
  column?: string;
  message: string;
  messageEn: string;
  /** a missing sheet (no row) or a missing column (its header): the cause of the problems it makes elsewhere */
  missing?: { sheet: string; column?: string };
  /** the sheet a reference was looked up in ("không có ở sheet Đơn vị") */
  refersTo?: string;
}

export interface CellRef {
  sheet: string;
  row?: number;
  column?: string;
}

/** "Sheet Nhiệm vụ, dòng 7, cột Hạn: '31/02/2023' không phải ngày hợp lệ" */
export function formatWorkbookProblem(problem: WorkbookProblem, english = false): string {
  const where = english
    ? [`Sheet ${problem.sheet}`, problem.row !== undefined ? `row ${problem.row}` : '', problem.column ? `column ${problem.column}` : '']
    : [`Sheet ${problem.sheet}`, problem.row !== undefined ? `dòng ${problem.row}` : '', problem.column ? `cột ${problem.column}` : ''];
  const label = problem.severity === 'warning' ? (english ? 'warning: ' : 'cảnh báo: ') : '';
  return `${where.filter((part) => part !== '').join(', ')}: ${label}${english ? problem.messageEn : problem.message}`;
}

export function sameCell(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.column === b.column;
}

/**
 * Without the problems that only follow from a missing sheet or column: a missing column's cells are
 * not checked, and nothing is looked up in a missing sheet. The missing sheets and columns come first.
 */
export function withoutKnockOns(problems: readonly WorkbookProblem[]): WorkbookProblem[] {
  const causes = problems.flatMap((p) => (p.missing ? [p.missing] : []));
  const sheetGone = (sheet: string | undefined) => sheet !== undefined && causes.some((c) => c.column === undefined && c.sheet === sheet);
  const columnGone = (p: WorkbookProblem) => p.column !== undefined && causes.some((c) => c.sheet === p.sheet && c.column === p.column);
  const kept = problems.filter((p) => p.missing || !(sheetGone(p.sheet) || sheetGone(p.refersTo) || columnGone(p)));
  return [...kept.filter((p) => p.missing), ...kept.filter((p) => !p.missing)];
}
