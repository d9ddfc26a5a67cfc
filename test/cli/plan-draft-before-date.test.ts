import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { planToSheets } from '../../src/core/plan-workbook/plan-to-sheets.ts';
import type { PlanFile } from '../../src/core/plan/plan-schema.ts';
import { draftToPlanFile } from '../../src/plan-import/draft/draft-to-plan-file.ts';

// A text written for this test: "trước ngày 31/03/2025" is due at the end of 30/03/2025 (docs/deadlines.md,
// the strict reading by default); the title, the deadline and the review workbook must say the same.
const text = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN HÒA LỘC',
  'Số: 31/KH-UBND',
  'Hòa Lộc, ngày 12 tháng 02 năm 2025',
  'KẾ HOẠCH',
  'Rà soát đất công năm 2025',
  'II. NHIỆM VỤ',
  '1. Phòng Tư pháp rà soát hồ sơ pháp lý các thửa đất công, hoàn thành trước ngày 31/03/2025.',
  '2. Trước ngày 31/03/2025: Phòng Tài nguyên và Môi trường lập danh sách thửa đất công do UBND xã quản lý.',
].join('\n');

describe('a deadline written "trước ngày 31/03/2025"', () => {
  const draft = draftPlan(text);
  const file = draftToPlanFile(draft);

  it('is due 30/03/2025, and no title still says 31/03', () => {
    expect(draft.tasks.map((t) => t.deadline?.due)).toEqual(['2025-03-30', '2025-03-30']);
    expect(draft.tasks.map((t) => t.title)).toEqual(['Rà soát hồ sơ pháp lý các thửa đất công', 'Lập danh sách thửa đất công do UBND xã quản lý']);
  });

  it('keeps the words as written in the citation and the deadline text', () => {
    expect(draft.tasks[0]?.source).toContain('hoàn thành trước ngày 31/03/2025');
    expect(draft.tasks.map((t) => t.deadline?.text.toLowerCase())).toEqual(['hoàn thành trước ngày 31/03/2025', 'trước ngày 31/03/2025']);
  });

  it('states in the plan the reading the dates were drafted with, so the workbook shows "hết ngày D-1"', () => {
    expect(file.config).toMatchObject({ before_boundary: 'strict' });
    const sheets = planToSheets(file as unknown as PlanFile);
    expect(sheets.plan.find((f) => f.key === 'before_boundary')?.value).toBe('hết ngày D-1');
  });
});
