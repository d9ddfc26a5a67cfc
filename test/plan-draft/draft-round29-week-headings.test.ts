import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 29 of the drafter): a month's schedule under week headings whose name follows the span.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ PHÚ AN',
    'Số: 21/KH-UBND',
    'Phú An, ngày 20 tháng 5 năm 2029',
    'KẾ HOẠCH',
    'Tháng hành động vì môi trường năm 2029',
    'II. LỊCH HOẠT ĐỘNG',
    'Tuần 1 (từ ngày 01/6 đến ngày 07/6/2029) - Tuần "Xanh hóa đường làng"',
    '- Trồng 300 cây xanh dọc tuyến đường liên ấp vào ngày 05/6/2029 (Đoàn Thanh niên xã thực hiện).',
    '- Hội Nông dân xã hướng dẫn hội viên ủ phân hữu cơ từ phụ phẩm nông nghiệp.',
    'Tuần 2 (từ ngày 08/6 đến ngày 14/6/2029) – Tuần "Nói không với rác thải nhựa"',
    '- Hội Liên hiệp Phụ nữ xã phát túi vải cho các hộ kinh doanh, duy trì suốt Tháng hành động.',
  ].join('\n'),
);
const { by } = helpers(draft);

describe('week headings with their name after the span', () => {
  it('are phases from the first day to the last, not tasks', () => {
    expect(draft.phases.map((p) => [p.start, p.end])).toEqual([
      ['2029-06-01', '2029-06-07'],
      ['2029-06-08', '2029-06-14'],
    ]);
    expect(draft.tasks.some((t) => /^Tuần \d/u.test(t.title))).toBe(false);
  });

  it('date an undated line under them by the week, but not one kept up through the month', () => {
    expect(by('Trồng 300 cây xanh')?.deadline?.due).toBe('2029-06-05');
    expect(by('ủ phân hữu cơ')?.deadline?.due).toBe('2029-06-07');
    expect(by('phát túi vải')?.deadline?.due).toBeUndefined();
  });
});
