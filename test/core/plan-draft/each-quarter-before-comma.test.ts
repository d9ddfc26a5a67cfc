import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 41 of the drafter): "theo từng quý" followed by a comma and more words is still a cadence.

const draft = draftPlan(
  [
    'UBND TỈNH HÀ AN',
    'SỞ Y TẾ',
    'Số: 15/KH-SYT',
    'Hà An, ngày 10 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Phòng, chống bệnh dại năm 2029',
    'II. NHIỆM VỤ',
    '- Trung tâm Kiểm soát bệnh tật tỉnh cấp huyết thanh kháng dại cho các điểm tiêm theo từng quý, bảo đảm đủ cho người bị chó cắn.',
  ].join('\n'),
);

describe('"theo từng quý, …"', () => {
  it('is a quarterly duty', () => {
    const { by } = helpers(draft);
    expect(by('huyết thanh kháng dại')?.deadline?.recurrence?.frequency).toBe('quarterly');
  });
});
