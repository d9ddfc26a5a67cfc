import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): under a part that states what is offered ("II. NỘI DUNG HỖ TRỢ"), a
// lettered item that opens with its unit and gives it a date to meet was lost with the part; a target under "I. MỤC TIÊU" stays one.

const draft = draftPlan(
  [
    ...HEAD,
    'I. MỤC TIÊU',
    'a) Ủy ban nhân dân các xã đạt 100% hồ sơ được số hóa trước ngày 30/6/2025.',
    'II. NỘI DUNG HỖ TRỢ',
    'a) Hỗ trợ tư vấn pháp lý miễn phí cho hộ kinh doanh.',
    'b) Ủy ban nhân dân các xã phối hợp rà soát hộ kinh doanh có doanh thu trên 03 tỷ đồng, gửi danh sách về Phòng Tài chính - Kế hoạch huyện trước ngày 15/3/2025.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tài chính - Kế hoạch huyện tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 25/11/2025.',
  ].join('\n'),
);

describe('a dated unit item in a part that states what is offered', () => {
  it('is the unit duty', () => {
    const { by } = helpers(draft);
    expect(by('rà soát hộ kinh doanh')?.deadline).toMatchObject({ due: '2025-03-14' });
  });

  it('leaves the aims and the offer no duties', () => {
    expect(draft.tasks.filter((t) => /số hóa|tư vấn pháp lý/u.test(t.source))).toEqual([]);
  });
});
