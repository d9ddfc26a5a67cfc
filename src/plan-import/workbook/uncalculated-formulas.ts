import type ExcelJS from 'exceljs';
import type { WorkbookProblem } from '../../core/plan-workbook/workbook-problem.ts';

/**
 * Cells holding a formula with no saved result. Excel and LibreOffice always save the result, which is
 * what the secretary sees in the cell; a file written by a script may not, and such a cell would read as
 * empty (a deadline silently gone). Each is named by sheet, row and column header so it can be fixed.
 */
export function uncalculatedFormulas(workbook: ExcelJS.Workbook): WorkbookProblem[] {
  const problems: WorkbookProblem[] = [];
  for (const ws of workbook.worksheets) {
    const headers = ws.getRow(1);
    ws.eachRow((row, rowNumber) => {
      row.eachCell((cell, column) => {
        if (!hasFormula(cell.value) || cell.value.result !== undefined) return;
        const header = headers.getCell(column).text.trim();
        problems.push({
          severity: 'error',
          sheet: ws.name,
          row: rowNumber,
          column: header === '' ? cell.address.replace(/\d+$/, '') : header,
          message: 'ô có công thức nhưng chưa có kết quả (tệp do một chương trình tạo ra). Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại.',
          messageEn: 'the cell holds a formula with no saved result (a file written by a program). Open it in Excel or LibreOffice, save it and send it again.',
        });
      });
    });
  }
  return problems;
}

function hasFormula(value: ExcelJS.CellValue): value is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}
