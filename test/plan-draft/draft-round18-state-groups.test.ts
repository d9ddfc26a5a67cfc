import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Text written for this test (round 18 of the drafter): a ministry's plan giving work to state economic groups.

describe('a state economic group as the subject of an item', () => {
  const draft = draftPlan(
    [
      'BỘ XÂY DỰNG',
      'Số: 40/KH-BXD',
      'Hà Nội, ngày 10 tháng 01 năm 2029',
      'KẾ HOẠCH',
      'Bảo đảm vật liệu xây dựng năm 2029',
      'I. NHIỆM VỤ',
      '1. Tập đoàn Hóa chất Việt Nam chủ động cung ứng đủ phân bón cho vụ Đông Xuân trước ngày 31/3/2029.',
      '2. Tập đoàn Dầu khí Việt Nam bảo đảm nhựa đường cho các dự án giao thông trọng điểm.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('leads the item by the group, its name ending with "Việt Nam", not by the issuing ministry', () => {
    expect(name(by('phân bón')?.lead)).toBe('Tập đoàn Hóa chất Việt Nam');
    expect(name(by('nhựa đường')?.lead)).toBe('Tập đoàn Dầu khí Việt Nam');
  });
});
