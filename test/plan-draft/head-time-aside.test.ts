import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { timeAsideAfterDuty } from '../../src/core/plan-draft/subject-time-aside.ts';

// Text written for this test (round 44 of the drafter): a directive names a head, then sets the time off by commas before the
// duty ("Giám đốc Sở Tư pháp, trước ngày …, hoàn thành …"), and goes on with a sentence without subject.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH HÒA VÂN',
    'Số: 07/CT-UBND',
    'Hòa Vân, ngày 05 tháng 3 năm 2031',
    'CHỈ THỊ',
    'Về tăng cường công tác hộ tịch',
    '1. Giám đốc Sở Tư pháp, trước ngày 30/4/2031, hoàn thành số hóa sổ hộ tịch lưu trữ tại các xã. Tổ chức tập huấn nghiệp vụ cho công chức tư pháp - hộ tịch trong quý III/2031.',
    '2. Giám đốc Công an tỉnh, trong tháng 5/2031, rà soát các trường hợp khai sinh quá hạn trên địa bàn.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name ?? '';

describe('a head, then a time set off by commas, then the duty', () => {
  it('reads the head’s body as the lead, for the sentence after it too', () => {
    expect(unit(task('số hóa sổ hộ tịch')?.lead)).toMatch(/^Sở Tư pháp/);
    expect(unit(task('tập huấn nghiệp vụ')?.lead)).toMatch(/^Sở Tư pháp/);
    expect(unit(task('khai sinh quá hạn')?.lead)).toMatch(/^Công an tỉnh/);
  });

  it('keeps the time with its own duty', () => {
    expect(['2031-04-29', '2031-04-30']).toContain(task('số hóa sổ hộ tịch')?.deadline?.due);
    expect(task('tập huấn nghiệp vụ')?.deadline?.due).toBe('2031-09-30');
    expect(task('khai sinh quá hạn')?.deadline?.due).toBe('2031-05-31');
  });

  it('leaves a line with no such aside as it is', () => {
    const line = '3. Giám đốc Sở Y tế, Giám đốc Sở Tài chính phối hợp thực hiện.';
    expect(timeAsideAfterDuty(line)).toBe(line);
  });
});
