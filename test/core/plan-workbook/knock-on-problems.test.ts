import { describe, expect, it } from 'vitest';
import { type WorkbookProblem, withoutKnockOns } from '../../../src/core/plan-workbook/workbook-problem.ts';

const problem = (p: Partial<WorkbookProblem>): WorkbookProblem => ({ severity: 'error', sheet: 'Nhiệm vụ', message: 'x', messageEn: 'x', ...p });

describe('problems that only follow from a missing sheet or column', () => {
  it('drops the cells of a missing column and lookups in a missing sheet; the causes come first', () => {
    const lead = problem({ row: 5, column: 'Chủ trì', message: 'cần ghi đơn vị chủ trì.' });
    const support = problem({ row: 6, column: 'Phối hợp', refersTo: 'Đơn vị', message: "đơn vị 'TO_VP' không có ở sheet Đơn vị." });
    const phase = problem({ row: 7, column: 'Giai đoạn', refersTo: 'Giai đoạn', message: "giai đoạn 'GD1' không có ở sheet Giai đoạn." });
    const units = problem({ sheet: 'Đơn vị', message: 'cần ít nhất một đơn vị.' });
    const date = problem({ row: 8, column: 'Hạn', message: 'không phải ngày.' });
    const column = problem({ row: 1, missing: { sheet: 'Nhiệm vụ', column: 'Chủ trì' }, message: 'thiếu cột "Chủ trì".' });
    const sheet = problem({ sheet: 'Đơn vị', missing: { sheet: 'Đơn vị' }, message: 'không có sheet này trong tệp.' });
    expect(withoutKnockOns([lead, support, phase, units, date, column, sheet])).toEqual([column, sheet, phase, date]);
  });
});
