import { describe, expect, it } from 'vitest';
import { yearOfCanChi } from '../../src/core/plan-draft/can-chi.ts';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 44 of the drafter): lunar deadlines whose year is written by its name ("năm Kỷ Dậu",
// "Tết Nguyên đán Kỷ Dậu"), one of them running "đến hết ngày Rằm tháng Giêng".

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH HÒA VÂN',
    'Số: 40/KH-UBND',
    'Hòa Vân, ngày 02 tháng 11 năm 2028',
    'KẾ HOẠCH',
    'Phục vụ Nhân dân đón Tết Nguyên đán Kỷ Dậu',
    '1. Sở Công Thương bảo đảm nguồn hàng bình ổn giá, hoàn thành trước Tết Nguyên đán Kỷ Dậu.',
    '2. Công an tỉnh duy trì tuần tra tại các lễ hội đến hết ngày Rằm tháng Giêng năm Kỷ Dậu.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('a lunar deadline whose year is written by its name', () => {
  it('finds the solar year of a stem-and-branch name near the document’s year', () => {
    expect(yearOfCanChi('Kỷ Dậu', 2028)).toBe(2029);
    expect(yearOfCanChi('Mậu Thân', 2027)).toBe(2028);
    expect(yearOfCanChi('Bính Ngọ', 2026)).toBe(2026);
    expect(yearOfCanChi('Kỷ Tý', 2026)).toBeUndefined();
  });

  it('reads Tết and Rằm tháng Giêng of that year, "đến hết" included', () => {
    // Tết Kỷ Dậu is 13/02/2029; Rằm tháng Giêng is 27/02/2029
    expect(['2029-02-12', '2029-02-13']).toContain(task('bình ổn giá')?.deadline?.due);
    expect(task('tuần tra tại các lễ hội')?.deadline?.due).toBe('2029-02-27');
  });
});
