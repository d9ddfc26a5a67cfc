import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 37 of the drafter): a decision that takes effect on a day it names dates a duty "trong thời
// hạn N ngày kể từ ngày Quy định có hiệu lực" from that day; "trước ngày 05 tháng 6 và ngày 05 tháng 12 hằng năm" (days in words)
// is half-yearly, as "trước ngày 05/6 và 05/12" is.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH NAM HÀ',
    'Số: 40/2031/QĐ-UBND',
    'Nam Hà, ngày 10 tháng 3 năm 2031',
    'QUYẾT ĐỊNH',
    'Ban hành Quy định quản lý chợ trên địa bàn tỉnh',
    'Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý chợ trên địa bàn tỉnh.',
    'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 15/4/2031.',
    'Điều 3. Trách nhiệm của Ủy ban nhân dân các huyện',
    '1. Rà soát, phân hạng các chợ trên địa bàn trong thời hạn 45 ngày kể từ ngày Quy định có hiệu lực.',
    '2. Báo cáo tình hình quản lý chợ về Sở Công Thương trước ngày 05 tháng 6 và ngày 05 tháng 12 hằng năm.',
  ].join('\n'),
);

describe('times counted from a named day of effect, and twice a year in words', () => {
  it('dates the duty from the day of effect, flagged', () => {
    const task = draft.tasks.find((t) => t.title.includes('phân hạng'));
    expect(task?.deadline?.due).toBe('2031-05-30');
    expect(task?.review).toBe(true);
  });

  it('reads the two days six months apart as half-yearly', () => {
    const task = draft.tasks.find((t) => t.title.includes('tình hình quản lý chợ'));
    expect(task?.deadline?.recurrence?.frequency).toBe('half_yearly');
  });
});
