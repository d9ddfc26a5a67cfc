import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): "tổ chức Lễ ra quân … theo thời gian nêu tại mục I" is due the day the
// plan gives the ceremony in its time part ("Lễ ra quân cấp xã tổ chức vào sáng ngày D"), flagged; with no day stated, none.

const plan = (timeLine: string) =>
  draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'XÃ AN BÌNH',
      'Số: 22/KH-UBND',
      'An Bình, ngày 03 tháng 3 năm 2034',
      'KẾ HOẠCH',
      'Ra quân vệ sinh môi trường năm 2034',
      'I. THỜI GIAN',
      timeLine,
      'II. NHIỆM VỤ',
      '1. Công chức Văn hóa - Xã hội xã',
      'a) Chủ trì tổ chức Lễ ra quân chiến dịch theo thời gian nêu tại mục I.',
    ].join('\n'),
  );

describe('an event held at the time stated elsewhere', () => {
  it('is due the day the plan gives it', () => {
    const task = plan('Chiến dịch từ ngày 05/4/2034 đến ngày 30/4/2034; Lễ ra quân cấp xã tổ chức vào sáng ngày 05/4/2034 tại sân vận động xã.').tasks[0];
    expect(task?.deadline?.due).toBe('2034-04-05');
    expect(task?.review).toBe(true);
  });

  it('keeps no deadline when no day is stated', () => {
    expect(plan('Chiến dịch từ ngày 05/4/2034 đến ngày 30/4/2034.').tasks[0]?.deadline).toBeUndefined();
  });
});
