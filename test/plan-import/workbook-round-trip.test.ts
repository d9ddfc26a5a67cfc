import { describe, expect, it } from 'vitest';
import type { PlanFile } from '../../src/core/plan/plan-schema.ts';
import { parseRecurrence, formatRecurrence } from '../../src/core/plan-workbook/recurrence-text.ts';
import { sheetsToPlan } from '../../src/core/plan-workbook/sheets-to-plan.ts';
import { loadPlanFile } from '../../src/plan-import/load-plan-file.ts';
import { loadPlanWorkbookBuffer, readRawSheets } from '../../src/plan-import/workbook/read-plan-workbook.ts';
import { planWorkbookBuffer } from '../../src/plan-import/workbook/write-plan-workbook.ts';
import { MINIMAL_PLAN, readPlanFile, SEED_PLAN } from './workbook-fixtures.ts';

/** `review: false` is the default; the workbook writes only marks that are set. */
function withoutFalseReview(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFalseReview);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !(key === 'review' && v === false))
      .map(([key, v]) => [key, withoutFalseReview(v)]),
  );
}

describe('plan file → review workbook → plan file', () => {
  for (const path of [SEED_PLAN, MINIMAL_PLAN]) {
    it(`${path}: the normalised plans are deep-equal`, async () => {
      const fromYaml = await loadPlanFile(path);
      const fromWorkbook = await loadPlanWorkbookBuffer(await planWorkbookBuffer(readPlanFile(path)), 'x.xlsx');
      expect(fromYaml.ok && fromWorkbook.ok).toBe(true);
      if (!fromYaml.ok || !fromWorkbook.ok) return;
      expect(fromWorkbook.plan).toEqual(fromYaml.plan);
      expect(fromWorkbook.warnings.length).toBe(fromYaml.warnings.length);
    });
  }

  it("reads the workbook back after LibreOffice Calc re-saved it (another program's shared strings and styles)", async () => {
    // test/fixtures/plans/45-KH-BCD-2023-libreoffice.xlsx: the seed's workbook opened and saved again
    // by `soffice --headless --convert-to xlsx` (LibreOffice 7.4)
    const fromYaml = await loadPlanFile(SEED_PLAN);
    const fromCalc = await loadPlanFile('test/fixtures/plans/45-KH-BCD-2023-libreoffice.xlsx');
    expect(fromCalc.ok && fromYaml.ok && fromCalc.plan).toEqual(fromYaml.ok && fromYaml.plan);
  });

  it('carries every field of the file, review notes and config included', async () => {
    const file: PlanFile = {
      ...readPlanFile(SEED_PLAN),
      issuer_short: 'BCĐ 138 TP',
      review_notes: ['Ngày ban hành đọc từ dòng cuối', 'Địa bàn cần xác nhận'],
    };
    file.config = { ...file.config, before_boundary: 'inclusive' };
    file.tasks[0] = {
      ...file.tasks[0]!,
      recurrence: { frequency: 'quarterly', day_of_period: 15, from: '2023-03-01', until: '2023-12-31T17:00' },
      review: true,
      review_notes: ['Không rõ đơn vị chủ trì', 'Hạn là ước lượng'],
      body: 'Dòng 1\nDòng 2',
    };
    delete file.tasks[0].deadline;
    file.phases![0] = { ...file.phases![0]!, deadline_text: 'từ 27/02 đến 28/02/2023', review: true, review_notes: ['ngày tạm tính'] };
    file.units[0] = { ...file.units[0]!, review: true, review_notes: ['tên lấy từ tiêu đề'] };
    file.criteria![0] = { ...file.criteria![0]!, review: true, review_notes: ['chỉ tiêu chưa rõ'], target: 80, baseline: '72 vụ' };
    const read = sheetsToPlan(await readRawSheets(await planWorkbookBuffer(file)));
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual(withoutFalseReview(JSON.parse(JSON.stringify(file))));
  });
});

describe('recurrence text', () => {
  it('reads what it writes and the spellings people type', () => {
    const all = { frequency: 'half_yearly', day_of_period: 20, from: '2023-03-01', until: '2024-06-30' } as const;
    expect(formatRecurrence(all)).toBe('6 tháng, ngày 20, từ 01/03/2023, đến 30/06/2024');
    expect(parseRecurrence(formatRecurrence(all))).toEqual({ ok: true, value: all });
    expect(parseRecurrence('Hàng tháng, ngay 20')).toEqual({ ok: true, value: { frequency: 'monthly', day_of_period: 20 } });
    expect(parseRecurrence('mỗi tuần')).toEqual({ ok: true, value: { frequency: 'weekly' } });
    expect(parseRecurrence('thỉnh thoảng')).toEqual({ ok: false, part: 'thỉnh thoảng' });
    expect(parseRecurrence('hằng năm, sau Tết')).toEqual({ ok: false, part: 'sau Tết' });
  });
});
