import { describe, expect, it } from 'vitest';
import { listOccurrences } from '../../src/core/nudges/recurrence-occurrences.ts';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { checkPlanReferences } from '../../src/core/plan/check-plan-references.ts';
import { normalizePlan } from '../../src/core/plan/normalize-plan.ts';
import type { PlanFile, PlanFileTask } from '../../src/core/plan/plan-schema.ts';
import { taskFields } from '../../src/core/plans/diff-plan-tasks.ts';
import { storedPlanToFile } from '../../src/core/plans/stored-plan-to-file.ts';
import { formatRecurrence, parseRecurrence } from '../../src/core/plan-workbook/recurrence-text.ts';
import { sheetsToPlan } from '../../src/core/plan-workbook/sheets-to-plan.ts';
import { draftToPlanFile } from '../../src/plan-import/draft/draft-to-plan-file.ts';
import { readRawSheets } from '../../src/plan-import/workbook/read-plan-workbook.ts';
import { planWorkbookBuffer } from '../../src/plan-import/workbook/write-plan-workbook.ts';
import { MINIMAL_PLAN, readPlanFile } from './workbook-fixtures.ts';

// A text written for this test, with the reporting duties of a provincial finance department.
const text = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÒA LỘC',
  'Số: 15/KH-UBND',
  'Hòa Lộc, ngày 02 tháng 01 năm 2023',
  'KẾ HOẠCH',
  'Thực hiện chế độ báo cáo ngân sách năm 2023',
  'II. NHIỆM VỤ',
  '1. Sở Tài chính báo cáo Bộ Tài chính tình hình thực hiện dự toán hằng quý trước ngày 10 tháng đầu quý sau.',
  '2. Kho bạc Nhà nước tỉnh tổng hợp tình hình thu, chi ngân sách, báo cáo Ủy ban nhân dân tỉnh trước ngày 05 của tháng sau.',
  '3. Cục Thuế tỉnh báo cáo kết quả thu thuế hằng năm trước ngày 15/01 năm sau.',
  '4. Sở Kế hoạch và Đầu tư định kỳ 6 tháng báo cáo tình hình giải ngân trước ngày 10 tháng đầu của kỳ sau.',
].join('\n');

type Rec = NonNullable<PlanFileTask['recurrence']>;

const AFTER: [Rec, string][] = [
  [{ frequency: 'quarterly', day_of_period: 10, after_period: true }, 'hằng quý, ngày 10 tháng đầu quý sau'],
  [{ frequency: 'monthly', day_of_period: 5, after_period: true }, 'hằng tháng, ngày 5 tháng sau'],
  [{ frequency: 'yearly', day_of_period: 15, after_period: true }, 'hằng năm, ngày 15/01 năm sau'],
  [{ frequency: 'half_yearly', day_of_period: 10, after_period: true }, '6 tháng, ngày 10 tháng đầu kỳ sau'],
  [{ frequency: 'quarterly', after_period: true, from: '2023-04-01' }, 'hằng quý, tháng đầu quý sau, từ 01/04/2023'],
];

const EMPTY_STORED = {
  number: '1/KH',
  issuer: 'UBND',
  issueDate: new Date(0),
  place: null,
  title: 'KH',
  area: null,
  config: null,
  units: [],
  phases: [],
  criteria: [],
};

describe('a drafted report due after its period', () => {
  const file = draftToPlanFile(draftPlan(text)) as unknown as PlanFile;
  const tasks = normalizePlan(file).tasks;
  const due = (i: number, from: string, to: string) => listOccurrences(tasks[i]!.recurrence!, { from, to }).map((o) => `${o.key} ${o.dueDate}`);

  it('is written to the plan file with after_period and the day of "trước ngày D"', () => {
    expect(file.tasks.map((t) => t.recurrence)).toEqual(AFTER.slice(0, 4).map(([r]) => r));
  });

  it("is due after the period it reports on, under that period's key", () => {
    expect(due(0, '2023-01-01', '2023-12-31')).toEqual(['2022-Q4 2023-01-09', '2023-Q1 2023-04-09', '2023-Q2 2023-07-09', '2023-Q3 2023-10-09']);
    expect(due(1, '2023-03-01', '2023-04-30')).toEqual(['2023-02 2023-03-04', '2023-03 2023-04-04']);
    expect(due(2, '2023-06-01', '2024-12-31')).toEqual(['2023 2024-01-14']);
    expect(due(3, '2023-02-01', '2024-02-01')).toEqual(['2023-H1 2023-07-09', '2023-H2 2024-01-09']);
  });
});

describe('after_period in the plan file, the review workbook and the export', () => {
  it.each(AFTER)('%j is "%s" in the Định kỳ column and is read back', (recurrence, cell) => {
    expect(formatRecurrence(recurrence)).toBe(cell);
    expect(parseRecurrence(cell)).toEqual({ ok: true, value: recurrence });
  });

  it('reads the ways people type it: "ngày 10 của tháng đầu quý tiếp theo", "ngày 05 tháng kế tiếp"', () => {
    expect(parseRecurrence('Hằng quý, ngày 10 của tháng đầu quý tiếp theo')).toEqual({ ok: true, value: AFTER[0]![0] });
    expect(parseRecurrence('hàng tháng, ngày 05 tháng kế tiếp')).toEqual({ ok: true, value: AFTER[1]![0] });
  });

  it('survives plan file → workbook → plan file', async () => {
    const file: PlanFile = readPlanFile(MINIMAL_PLAN);
    file.tasks = AFTER.map(([recurrence], i) => {
      const { deadline: _, ...task } = file.tasks[0]!;
      return { ...task, code: `BC-${i}`, recurrence };
    });
    const read = sheetsToPlan(await readRawSheets(await planWorkbookBuffer(file)));
    expect(read.problems).toEqual([]);
    expect((read.data as PlanFile).tasks.map((t) => t.recurrence)).toEqual(AFTER.map(([r]) => r));
  });

  it('is stored and exported again (YAML/xlsx of the active plan) with after_period', () => {
    const file: PlanFile = readPlanFile(MINIMAL_PLAN);
    const { deadline: _, ...task } = file.tasks[0]!;
    for (const [recurrence] of AFTER) {
      file.tasks[0] = { ...task, recurrence };
      const stored = { code: 'T', lead: 'U', support: [], ...taskFields(normalizePlan(file).tasks[0]!) };
      expect(storedPlanToFile({ ...EMPTY_STORED, tasks: [stored] }).tasks[0]?.recurrence).toEqual(recurrence);
    }
  });

  it('checks the day as a day of the month after a quarter: 31 at most', () => {
    const file: PlanFile = readPlanFile(MINIMAL_PLAN);
    const { deadline: _, ...task } = file.tasks[0]!;
    file.tasks[0] = { ...task, recurrence: { frequency: 'quarterly', day_of_period: 40, after_period: true } };
    expect(checkPlanReferences(file).map((p) => p.message)).toEqual([expect.stringContaining('tháng đầu sau kỳ (tối đa 31)')]);
    file.tasks[0] = { ...task, recurrence: { frequency: 'quarterly', day_of_period: 40 } };
    expect(checkPlanReferences(file)).toEqual([]);
  });
});
