import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for these tests (round 15 of the drafter): "cuối năm" as the season a duty is for, and as its due time.

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN PHƯỚC SƠN',
  'Số: 150/KH-UBND',
  'Phước Sơn, ngày 02 tháng 10 năm 2029',
  'KẾ HOẠCH',
  'Bảo đảm trật tự đô thị năm 2029',
  'II. NHIỆM VỤ',
  '1. Phòng Kinh tế - Hạ tầng',
];

function due(line: string): string | undefined {
  const task = draftPlan([...HEAD, `- ${line}`].join('\n')).tasks[0];
  return task?.deadline?.kind === 'recurrence' ? 'recurrence' : task?.deadline?.due;
}

describe('"cuối năm" without a year', () => {
  it('is no deadline as the season the work is for', () => {
    expect(due('Kiểm tra trật tự lòng đường, vỉa hè tại các chợ dịp cuối năm.')).toBeUndefined();
    expect(due('Tăng cường tuần tra tại các trung tâm thương mại trong mùa mua sắm cuối năm.')).toBeUndefined();
  });

  it('is no deadline in what must not happen', () => {
    expect(due('Đôn đốc các nhà thầu thi công đúng tiến độ, không để dồn khối lượng vào cuối năm.')).toBeUndefined();
  });

  it('is still the year end when the work is due then', () => {
    expect(due('Hoàn thành chỉnh trang các tuyến phố chính trước cuối năm.')).toBe('2029-12-31');
    expect(due('Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện vào cuối năm.')).toBe('2029-12-31');
  });
});
