import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 21 of the drafter): half-yearly report days, a period paragraph with its peak, a unit
// heading holding the unit's short form.

const HEAD = ['SỞ TÀI CHÍNH TỈNH NAM HÀ', 'Số: 12/KH-STC', 'Nam Hà, ngày 05 tháng 02 năm 2030', 'KẾ HOẠCH', 'Quản lý giá năm 2030'];

describe('half-yearly reports with their two days written out', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. THỜI GIAN THỰC HIỆN',
      'Từ tháng 3/2030 đến hết tháng 11/2030; cao điểm kiểm tra từ tháng 9 đến tháng 10/2030.',
      'II. NHIỆM VỤ',
      '1. Giao Trung tâm Thông tin giá (TTG) tỉnh Nam Hà',
      '- Cập nhật cơ sở dữ liệu giá hằng tuần.',
      '- Định kỳ 6 tháng (trước ngày 18/6 và 18/12), tổng hợp báo cáo Giám đốc Sở về biến động giá.',
      '2. Phòng Quản lý giá',
      '- Báo cáo sáu tháng về giá hàng hóa thiết yếu vào ngày 25/6 và 25/12 hằng năm.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('are due that day of the last month of each half-year', () => {
    const first = by('biến động giá')?.deadline?.recurrence;
    expect(first?.frequency).toBe('half_yearly');
    expect([17, 18]).toContain(first?.dueDay);
    const second = by('hàng hóa thiết yếu')?.deadline?.recurrence;
    expect(second).toMatchObject({ frequency: 'half_yearly', dueDay: 25 });
  });

  it('reads "Giao X (ABBR) tỉnh Y" as the unit heading over its lines', () => {
    expect(draft.tasks.some((t) => /^Tỉnh Nam Hà$/u.test(t.title))).toBe(false);
    expect(by('biến động giá')?.lead).toBe(by('Cập nhật cơ sở dữ liệu giá')?.lead);
    expect(by('Cập nhật cơ sở dữ liệu giá')?.lead).toBeDefined();
  });

  it('makes the period paragraph and its peak two phases, no task', () => {
    expect(draft.tasks.some((t) => t.source.includes('Từ tháng 3/2030'))).toBe(false);
    expect(draft.phases.map((p) => [p.start, p.end])).toEqual(
      expect.arrayContaining([
        ['2030-03-01', '2030-11-30'],
        ['2030-09-01', '2030-10-31'],
      ]),
    );
  });
});
