import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 43 of the drafter): a duty, then a plain line "Tiêu chí xét chọn:" over the conditions a person
// must meet; the conditions are no duties.

const plan = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH NAM ĐỒI',
    'Số: 61/KH-UBND',
    'Nam Đồi, ngày 04 tháng 4 năm 2031',
    'KẾ HOẠCH',
    'Xét chọn nghệ nhân làng nghề năm 2031',
    'II. NHIỆM VỤ',
    '1. Ủy ban nhân dân các xã rà soát, lập danh sách nghệ nhân đề nghị xét chọn, gửi Sở Công Thương trước ngày 30/6/2031.',
    'Tiêu chí xét chọn:',
    '+ Có từ 15 năm trở lên hành nghề tại làng nghề;',
    '+ Đã truyền nghề cho ít nhất 10 người lao động.',
    '2. Sở Công Thương tổ chức Hội đồng xét chọn trong quý III/2031.',
  ].join('\n'),
);

describe('a list of conditions after a duty', () => {
  it('drafts the conditions as no tasks and keeps the duties', () => {
    expect(plan.tasks.some((t) => /hành nghề tại làng nghề|truyền nghề/u.test(t.title))).toBe(false);
    expect(plan.tasks).toHaveLength(2);
  });
});
