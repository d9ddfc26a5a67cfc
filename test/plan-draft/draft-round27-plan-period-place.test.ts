import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for these tests (round 27 of the drafter): the plan's period stated with where it runs before its span, and a
// peak after it on the same line.

const draftOf = (periodLine: string) =>
  draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN BẮC SA',
      'Số: 19/KH-UBND',
      'Bắc Sa, ngày 04 tháng 3 năm 2029',
      'KẾ HOẠCH',
      'Tổng vệ sinh môi trường năm 2029',
      'I. PHẠM VI',
      periodLine,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nông nghiệp và Môi trường',
      '- Hướng dẫn các xã thu gom rác thải trước ngày 20/3/2029.',
    ].join('\n'),
  );

describe('the plan\u2019s period with its place and its peak on one line', () => {
  it('"Kế hoạch thực hiện trên địa bàn 14 xã từ … đến …; cao điểm … từ … đến …" gives two phases and no task', () => {
    const draft = draftOf('Kế hoạch thực hiện trên địa bàn 14 xã từ ngày 15/3/2029 đến hết ngày 30/9/2029; cao điểm ra quân từ 01/4/2029 đến 30/4/2029.');
    expect(draft.phases.map((p) => [p.start, p.end])).toEqual([
      ['2029-03-15', '2029-09-30'],
      ['2029-04-01', '2029-04-30'],
    ]);
    expect(draft.phases[1]?.name).toBe('Cao điểm ra quân');
    expect(draft.tasks.map((t) => t.title)).toEqual(['Hướng dẫn các xã thu gom rác thải']);
  });

  it('"Kế hoạch được thực hiện tại …" with "trong đó cao điểm …" too', () => {
    const draft = draftOf(
      'Kế hoạch được thực hiện tại các xã ven biển từ ngày 15/3/2029 đến ngày 30/9/2029, trong đó cao điểm mùa khô từ ngày 01/4/2029 đến ngày 31/5/2029.',
    );
    expect(draft.phases.map((p) => p.end)).toEqual(['2029-09-30', '2029-05-31']);
  });
});
