import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): the rounds under "… tổ chức 02 đợt:" ("Đợt 1: ngày 16/6/2025 tại …") say
// only when and where; their tasks cited no more than that, not the activity they are rounds of.

const draft = draftPlan(
  [
    ...HEAD,
    'II. NỘI DUNG',
    '9. Chương trình hiến máu tình nguyện do Văn phòng Huyện đoàn chủ trì, phối hợp Trung tâm Y tế huyện, tổ chức 02 đợt:',
    'Đợt 1: ngày 16/6/2025 tại Trung tâm Văn hóa huyện.',
    'Đợt 2: ngày 11/8/2025 tại Trường THPT Hòa Lộc.',
  ].join('\n'),
);

describe('a round of an activity announced above it', () => {
  it('cites the activity, then its own day and place', () => {
    const { by } = helpers(draft);
    const first = by('16/6/2025');
    expect(first?.source).toMatch(/^Chương trình hiến máu tình nguyện .* Đợt 1: ngày 16\/6\/2025/u);
    expect(first?.deadline).toMatchObject({ due: '2025-06-16' });
    expect(by('11/8/2025')?.source).toContain('hiến máu');
  });
});
