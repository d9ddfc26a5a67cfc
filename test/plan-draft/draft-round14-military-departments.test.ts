import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 14 of the drafter): a military command's department of logistics and engineering.

describe('"Phòng Hậu cần - Kỹ thuật" of a military command', () => {
  const draft = draftPlan(
    [
      'BỘ CHỈ HUY QUÂN SỰ TỈNH NAM LÂM',
      'Số: 88/KH-BCH',
      'Nam Lâm, ngày 11 tháng 4 năm 2028',
      'KẾ HOẠCH',
      'Diễn tập phòng chống thiên tai năm 2028',
      'II. NHIỆM VỤ',
      '1. Phòng Hậu cần - Kỹ thuật: Chuẩn bị xuồng, phao cứu sinh cho lực lượng tham gia, xong trước ngày 15/6/2028.',
      '2. Phòng Tham mưu: Xây dựng kịch bản diễn tập trong tháng 5/2028.',
      '- Phòng Hậu cần - Kỹ thuật bảo đảm xăng dầu cho phương tiện tham gia diễn tập.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the whole department as the lead, not "Phòng Hậu cần"', () => {
    expect(name(by('phao cứu sinh')?.lead)).toBe('Phòng Hậu cần - Kỹ thuật');
    expect(name(by('bảo đảm xăng dầu')?.lead)).toBe('Phòng Hậu cần - Kỹ thuật');
    expect(draft.units.some((u) => u.name === 'Phòng Hậu cần')).toBe(false);
  });
});
