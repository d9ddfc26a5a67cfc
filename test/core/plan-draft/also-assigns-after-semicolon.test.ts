import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 40 of the drafter): a sentence "UBND xã giao X …; đồng thời giao Y … trong tháng M" hands a
// second duty to Y; the month is Y's, not X's.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ PHÚ MỸ',
    'Số: 40/KH-UBND',
    'Phú Mỹ, ngày 02 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Phát triển cây ăn quả năm 2029',
    'II. NHIỆM VỤ',
    'UBND xã giao Phòng Kinh tế hướng dẫn các hộ ghép cải tạo vườn tạp; đồng thời giao Hội Cựu chiến binh xã xây dựng vườn mẫu ở các chi hội trong tháng 8/2029.',
  ].join('\n'),
);

describe('"…; đồng thời giao Y …"', () => {
  it("drafts Y's duty apart, with the time it states", () => {
    const { by, name } = helpers(draft);
    expect(name(by('vườn mẫu')?.lead)).toMatch(/^Hội Cựu chiến binh/u);
    expect(by('vườn mẫu')?.deadline?.due).toBe('2029-08-31');
    expect(name(by('ghép cải tạo')?.lead)).toMatch(/^Phòng Kinh tế/u);
    expect(by('ghép cải tạo')?.deadline).toBeUndefined();
  });
});
