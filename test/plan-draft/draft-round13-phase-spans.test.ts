import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD } from './support/round3.ts';

// Texts written for these tests (round 13 of the drafter): phases whose span is two bare dates joined by a dash.

describe('phase lines with a dash between two dates', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. THỜI GIAN',
      'Đợt kiểm kê chia làm 02 giai đoạn:',
      '- Giai đoạn 1 (kiểm kê tại xã): 01/3/2025 - 30/4/2025;',
      '- Giai đoạn 2 (tổng hợp, báo cáo): 02/5/2025 – 15/6/2025.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường hướng dẫn các xã kiểm kê trước ngày 15/3/2025.',
    ].join('\n'),
  );

  it('reads each phase from its first date to its last', () => {
    const spans = draft.phases.map((p) => [p.name, p.start, p.end]);
    expect(spans).toEqual([
      ['Giai đoạn 1', '2025-03-01', '2025-04-30'],
      ['Giai đoạn 2', '2025-05-02', '2025-06-15'],
    ]);
  });
});
