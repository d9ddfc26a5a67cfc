import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 17 of the drafter), one block per class of holdout-13's unmatched draft tasks.

describe('stage lines under the time part, after the campaign span', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. THỜI GIAN',
      'Chiến dịch vệ sinh kênh mương diễn ra từ ngày 01/4/2026 đến hết ngày 30/6/2026, gồm 02 giai đoạn:',
      '- Giai đoạn 1 (từ ngày 01/4/2026 đến ngày 30/4/2026): khảo sát, lập danh mục tuyến kênh.',
      '- Giai đoạn 2 (từ ngày 01/5/2026 đến ngày 30/6/2026): nạo vét, thu gom rác thải.',
      'III. NHIỆM VỤ',
      '1. Phòng Nông nghiệp huyện lập danh mục tuyến kênh cần nạo vét trước ngày 25/4/2026.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('makes the stages and the span phases, not tasks', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([expect.stringMatching(/^Lập danh mục tuyến kênh/)]);
    expect(by('lập danh mục tuyến kênh')?.lead).toBeDefined();
    expect(draft.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Chiến dịch vệ sinh kênh mương', '2026-04-01', '2026-06-30'],
      ['Giai đoạn 1', '2026-04-01', '2026-04-30'],
      ['Giai đoạn 2', '2026-05-01', '2026-06-30'],
    ]);
  });
});
