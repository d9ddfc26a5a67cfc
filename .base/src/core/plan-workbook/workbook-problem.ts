/** A problem found in a review workbook, placed on its sheet, row (1-based, as Excel shows it) and column header. */
export interface WorkbookProblem {
  severity: 'error' | 'warning';
  sheet: string;
  row?: number;
  column?: string;
  message: string;
  messageEn: string;
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
