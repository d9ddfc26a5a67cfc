import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): "2. Đài Phát thanh và Truyền hình Sông Mã, Báo Sông Mã", the broadcaster
// named by its province's name without "tỉnh", is a unit heading over the paragraph after it, which is the broadcaster's duty.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH SÔNG MÃ',
    'Số: 19/KH-UBND',
    'Sông Mã, ngày 08 tháng 02 năm 2034',
    'KẾ HOẠCH',
    'Phòng, chống dịch sốt xuất huyết năm 2034',
    'I. NHIỆM VỤ',
    '1. Sở Y tế',
    'Xây dựng kịch bản đáp ứng dịch, hoàn thành trước ngày 15/3/2034.',
    '2. Đài Phát thanh và Truyền hình Sông Mã, Báo Sông Mã',
    'Thường xuyên đưa tin về tình hình dịch, hướng dẫn người dân diệt bọ gậy tại hộ gia đình.',
  ].join('\n'),
);

describe('a broadcaster named by its province without the level', () => {
  it('heads the paragraph under it', () => {
    const task = draft.tasks.find((t) => t.title.includes('diệt bọ gậy'));
    const unit = draft.units.find((u) => u.code === task?.lead);
    expect(unit?.name).toBe('Đài Phát thanh và Truyền hình Sông Mã');
  });
});
