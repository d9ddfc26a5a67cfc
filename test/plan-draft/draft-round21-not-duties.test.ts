import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 21 of the drafter): clauses of a paragraph that are no duty once it is split.

describe('clauses that give a role or pass the plan on', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. TỔ CHỨC THỰC HIỆN',
      'Phòng Tài nguyên và Môi trường là cơ quan thường trực. Hướng dẫn các xã kê khai đất công trước ngày 30/4/2025. Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 30/6/2025.',
      'Trưởng các phòng, ban thuộc huyện chủ động triển khai các nhiệm vụ được giao; báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 20 tháng cuối quý.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('drafts the work and the report, not the role or the request', () => {
    expect(draft.tasks.some((t) => /cơ quan thường trực/u.test(t.title))).toBe(false);
    expect(draft.tasks.some((t) => /nhiệm vụ được giao/u.test(t.title))).toBe(false);
    expect(by('kê khai đất công')).toBeDefined();
    expect(draft.tasks.find((t) => t.title.startsWith('Báo cáo kết quả về Ủy ban'))?.deadline?.recurrence?.frequency).toBe('quarterly');
  });
});
