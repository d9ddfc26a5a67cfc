import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for these tests (round 27 of the drafter): "Số" (number of) opening a result cell is not "Sở" (a department).

describe('"Số hồ sơ …" is a count, not a department', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG AN THỊNH',
      'Số: 21/KH-UBND',
      'An Thịnh, ngày 10 tháng 01 năm 2029',
      'KẾ HOẠCH',
      'Số hóa dữ liệu hộ tịch năm 2029',
      '| STT | Nhiệm vụ | Chủ trì | Thời gian | Kết quả |',
      '|---|---|---|---|---|',
      '| 1 | Số hóa sổ hộ tịch lưu trữ | Công chức Tư pháp - Hộ tịch | Quý II/2029 | Số hồ sơ được số hóa tăng |',
    ].join('\n'),
  );

  it('no unit is read from the result cell', () => {
    expect(draft.units.map((u) => u.name)).not.toContain('Sở Hồ sơ');
  });

  it('"SỞ Y TẾ" in capitals is still a department', () => {
    const health = draftPlan(
      [
        'SỞ Y TẾ TỈNH AN HÒA',
        'Số: 3/KH-SYT',
        'An Hòa, ngày 02 tháng 01 năm 2029',
        'KẾ HOẠCH',
        'Tiêm chủng',
        'Các bệnh viện báo cáo Sở Y tế trước ngày 10/02/2029.',
      ].join('\n'),
    );
    expect(health.units.some((u) => u.name.startsWith('Sở Y tế'))).toBe(true);
  });
});
