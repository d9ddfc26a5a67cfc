import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Text written for this test (round 18 of the drafter): a district police plan naming its staff team in full.

describe('a police staff team named "Tham mưu - Tổng hợp"', () => {
  const draft = draftPlan(
    [
      'CÔNG AN TỈNH HÒA SƠN',
      'CÔNG AN HUYỆN AN LÃO',
      'Số: 7/KH-CAH',
      'An Lão, ngày 10 tháng 01 năm 2029',
      'KẾ HOẠCH',
      'Bảo đảm trật tự dịp Tết năm 2029',
      'I. NHIỆM VỤ',
      '1. Đội Tham mưu - Tổng hợp: Tổng hợp tình hình, báo cáo Công an tỉnh trước ngày 18 hằng tháng.',
      '2. Giao Đội Tham mưu - Tổng hợp theo dõi việc thực hiện Kế hoạch.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the whole name as the lead of its heading and of the duty given to it', () => {
    expect(name(by('Tổng hợp tình hình')?.lead)).toBe('Đội Tham mưu - Tổng hợp');
    expect(name(by('theo dõi việc thực hiện')?.lead)).toBe('Đội Tham mưu - Tổng hợp');
  });
});
