import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 32 of the drafter): a paragraph that states a fact ("Ngày bầu cử là …") and then, in a
// sentence of its own, gives a unit its duty was dropped whole as a rule.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 88/KH-UBND',
    'Bình Lâm, ngày 20 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Tổ chức bầu cử bổ sung năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Nội vụ huyện hướng dẫn các xã lập danh sách cử tri trước ngày 10/4/2029.',
    '2. Ngày bầu cử là Chủ nhật, ngày 20 tháng 5 năm 2029. Ủy ban nhân dân các xã báo cáo kết quả bầu cử về Phòng Nội vụ huyện ngay sau khi kiểm phiếu.',
    '3. Thời gian bỏ phiếu là từ 07 giờ đến 19 giờ cùng ngày.',
  ].join('\n'),
);

describe('a fact, then a sentence that opens with a unit', () => {
  it('drafts the unit’s duty', () => {
    const { by, name } = helpers(draft);
    const report = by('báo cáo kết quả bầu cử');
    expect(report?.title).toBe('Báo cáo kết quả bầu cử về Phòng Nội vụ huyện ngay sau khi kiểm phiếu');
    expect(name(report?.lead)).toBe('Ủy ban nhân dân các xã');
  });

  it('drafts no task from the fact itself, nor from a fact alone', () => {
    expect(draft.tasks.some((t) => t.title.startsWith('Ngày bầu cử'))).toBe(false);
    expect(draft.tasks.some((t) => t.source.includes('Thời gian bỏ phiếu'))).toBe(false);
    expect(draft.tasks).toHaveLength(2);
  });
});
