import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 19 of the drafter): a season and its peak given in one sentence under the time
// heading of a dry-season plan.

describe('a season and the peak it holds, under the time heading', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN HUYỆN TÂN LẬP',
      'Số: 9/KH-UBND',
      'Tân Lập, ngày 20 tháng 11 năm 2028',
      'KẾ HOẠCH',
      'Phòng, chống hạn hán, xâm nhập mặn mùa khô 2028 - 2029',
      'I. THỜI GIAN',
      'Mùa khô 2028 - 2029 được xác định từ ngày 01/12/2028 đến ngày 30/4/2029; trong đó thời kỳ xâm nhập mặn gay gắt từ ngày 15/02/2029 đến ngày 15/4/2029.',
      'II. NHIỆM VỤ',
      '1. Phòng Nông nghiệp huyện lập phương án trữ nước ngọt, trình UBND huyện trước ngày 10/12/2028.',
    ].join('\n'),
  );

  it('reads both spans as phases named by their own words, and no task from them', () => {
    expect(draft.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Mùa khô 2028 - 2029', '2028-12-01', '2029-04-30'],
      ['Thời kỳ xâm nhập mặn gay gắt', '2029-02-15', '2029-04-15'],
    ]);
    expect(draft.tasks).toHaveLength(1);
  });
});
