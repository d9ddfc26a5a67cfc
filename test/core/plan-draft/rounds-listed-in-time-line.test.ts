import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): under the time part, one line that lists the rounds after a colon ("… chia
// thành 02 đợt: Đợt 1 từ A đến B; Đợt 2 từ C đến D.") gives one phase per round, and no task; a duty "hoàn thành trong Đợt 1" is
// then due when that round ends.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ HÒA MỸ',
    'Số: 09/KH-UBND',
    'Hòa Mỹ, ngày 04 tháng 4 năm 2034',
    'KẾ HOẠCH',
    'Ra quân làm sạch kênh mương năm 2034',
    'I. THỜI GIAN',
    'Việc ra quân chia thành 02 đợt: Đợt 1 từ ngày 10/4/2034 đến ngày 20/6/2034; Đợt 2 từ ngày 01/9/2034 đến ngày 15/11/2034.',
    'II. NHIỆM VỤ',
    '1. Công chức Địa chính - Nông nghiệp xã, có trách nhiệm:',
    '+ Chủ trì nạo vét các tuyến kênh nội đồng, hoàn thành trong Đợt 1;',
    '+ Báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25/11/2034.',
  ].join('\n'),
);

describe('rounds listed in one time line', () => {
  it('are one phase each', () => {
    expect(draft.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Đợt 1', '2034-04-10', '2034-06-20'],
      ['Đợt 2', '2034-09-01', '2034-11-15'],
    ]);
  });

  it('are no task, and a duty done within a round is due at its end', () => {
    expect(draft.tasks).toHaveLength(2);
    expect(draft.tasks.find((t) => t.title.includes('nạo vét'))?.deadline?.due).toBe('2034-06-20');
  });
});
