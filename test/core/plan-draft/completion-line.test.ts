import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): under a numbered duty, "- Hoàn thành: trước ngày …" is when it is due, as
// "- Thời gian hoàn thành: …" is, not a duty titled "Hoàn thành".

const draft = draftPlan(
  [
    ...HEAD,
    'II. NHIỆM VỤ',
    '1. Khảo sát nhu cầu học nghề của lao động nông thôn tại từng xã.',
    '- Chủ trì: Phòng Lao động - Thương binh và Xã hội huyện; phối hợp: Hội Nông dân huyện.',
    '- Hoàn thành: trước ngày 31/3/2025.',
    '',
    '2. Rà soát định mức chi phí đào tạo nghề.',
    '- Chủ trì: Phòng Tài chính - Kế hoạch huyện.',
    '- Hạn hoàn thành: quý II/2025.',
  ].join('\n'),
);

describe('a "Hoàn thành:" line under a duty', () => {
  it('gives the duty above its due date', () => {
    const { by } = helpers(draft);
    expect(by('Khảo sát nhu cầu')?.deadline).toMatchObject({ due: '2025-03-30' });
    expect(by('Rà soát định mức')?.deadline).toMatchObject({ due: '2025-06-30' });
  });

  it('is no duty of its own', () => {
    expect(draft.tasks.map((t) => t.title)).not.toContain('Hoàn thành');
    expect(draft.tasks).toHaveLength(2);
  });
});
