import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 13 of the drafter): the reports of several periods listed after a colon.

describe('reports of several periods after a colon', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường tổng hợp kết quả kiểm kê, báo cáo Ủy ban nhân dân tỉnh: báo cáo 6 tháng trước ngày 10/6/2025, báo cáo năm trước ngày 10/11/2025.',
      '2. Văn phòng HĐND và UBND huyện theo dõi tiến độ: kiểm tra tại 03 xã trước ngày 30/6/2025, tổng hợp ý kiến trước ngày 30/9/2025.',
    ].join('\n'),
  );
  const { name } = helpers(draft);
  const dues = (part: string) => draft.tasks.filter((t) => t.source.includes(part)).map((t) => t.deadline?.due);

  it('drafts one task per report, each with its own deadline and the same lead', () => {
    expect(dues('tổng hợp kết quả kiểm kê')).toEqual(['2025-06-09', '2025-11-09']);
    const leads = draft.tasks.filter((t) => t.source.includes('kết quả kiểm kê')).map((t) => name(t.lead));
    expect(leads).toEqual(['Phòng Tài nguyên và Môi trường', 'Phòng Tài nguyên và Môi trường']);
  });

  it('splits only a list of reports, not other work after a colon', () => {
    expect(dues('theo dõi tiến độ')).toHaveLength(1);
  });
});
