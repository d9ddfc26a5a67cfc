import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 44 of the drafter): duties done every weekend, written "vào các buổi sáng cuối tuần" /
// "vào các ngày cuối tuần", next to one for a single weekend.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN XÃ HÒA MỸ',
    'Số: 15/KH-UBND',
    'Hòa Mỹ, ngày 06 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Giữ gìn vệ sinh môi trường năm 2031',
    '1. Đoàn Thanh niên xã ra quân thu gom rác thải ven kênh vào các buổi sáng cuối tuần.',
    '2. Hội Liên hiệp Phụ nữ xã duy trì tuyến đường hoa vào các ngày cuối tuần.',
    '3. Hội Nông dân xã tổ chức lễ phát động vào cuối tuần này.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('a duty done every weekend', () => {
  it('is weekly', () => {
    expect(task('thu gom rác thải')?.deadline?.recurrence?.frequency).toBe('weekly');
    expect(task('tuyến đường hoa')?.deadline?.recurrence?.frequency).toBe('weekly');
  });

  it('but one weekend is not', () => {
    expect(task('lễ phát động')?.deadline?.recurrence).toBeUndefined();
  });
});
