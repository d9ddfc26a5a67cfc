import { describe, expect, it } from 'vitest';
import { readTime } from '../../src/core/plan-draft/read-time.ts';

const ctx = { documentDate: '2023-05-04' };

describe("the drafter's time: a report due after the period it covers", () => {
  it.each([
    ['Báo cáo trước ngày 10 tháng đầu quý sau', { frequency: 'quarterly', dueDay: 9 }],
    ['Hằng quý, trước ngày 10 tháng đầu quý tiếp theo', { frequency: 'quarterly', dueDay: 9 }],
    ['báo cáo trước ngày 05 tháng đầu của mỗi quý', { frequency: 'quarterly', dueDay: 4 }],
    ['báo cáo Ủy ban nhân dân tỉnh trước ngày 05 của tháng sau', { frequency: 'monthly', dueDay: 4 }],
    ['gửi số liệu vào ngày 5 của tháng kế tiếp', { frequency: 'monthly', dueDay: 5 }],
    ['Định kỳ 6 tháng, báo cáo trước ngày 10 tháng đầu của kỳ sau', { frequency: 'half_yearly', dueDay: 9 }],
    ['Báo cáo hằng năm trước ngày 15/01 năm sau', { frequency: 'yearly', dueDay: 14, monthOfYear: 1 }],
    ['Tổng kết hằng năm trong tháng 1 năm sau', { frequency: 'yearly', dueDay: 31, monthOfYear: 1 }],
  ] as const)('"%s"', (text, recurrence) => {
    const read = readTime(text, [], ctx);
    expect(read.deadline?.kind).toBe('recurrence');
    expect(read.deadline?.recurrence).toMatchObject({ ...recurrence, afterPeriod: true });
  });

  it('keeps the days of the period itself: "tháng cuối quý", "hằng tháng, trước ngày 20"', () => {
    expect(readTime('Hằng quý, trước ngày 20 tháng cuối quý', [], ctx).deadline?.recurrence).not.toHaveProperty('afterPeriod');
    expect(readTime('Hằng tháng, trước ngày 20', [], ctx).deadline?.recurrence).not.toHaveProperty('afterPeriod');
  });
});
