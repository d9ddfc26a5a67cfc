import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): "… cho người có công đang hưởng trợ cấp ưu đãi hằng tháng" names the
// benefit those people receive; the duty is not monthly. "Chi trả trợ cấp hằng tháng …" is still paid every month.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐÔNG GIANG',
    'Số: 58/KH-UBND',
    'Đông Giang, ngày 10 tháng 01 năm 2034',
    'KẾ HOẠCH',
    'Chăm lo người có công năm 2034',
    'I. NHIỆM VỤ',
    '1. Bảo hiểm xã hội tỉnh phối hợp với Sở Nội vụ cấp thẻ bảo hiểm y tế cho người có công đang hưởng trợ cấp ưu đãi hằng tháng.',
    '2. Bưu điện tỉnh chi trả trợ cấp hằng tháng cho người có công tại nhà.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('a benefit received monthly', () => {
  it('is no cadence of the duty', () => {
    expect(task('Cấp thẻ bảo hiểm y tế')?.source).toBeDefined();
    expect(task('Cấp thẻ bảo hiểm y tế')?.deadline).toBeUndefined();
  });

  it('leaves a monthly payment monthly', () => {
    expect(task('Chi trả trợ cấp')?.deadline?.kind).toBe('recurrence');
  });
});
