import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 36 of the drafter): "… . Ngay sau khi có kết quả kiểm tra, Tổ hòa giải thôn Đồng Mới tổ chức
// …": a sentence that opens with the step it follows, then its own subject, is that unit's duty; a commune's mediation team is
// named by its hamlet ("Tổ hòa giải thôn Đồng Mới"), like a branch.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ AN PHÚ',
    'Số: 42/TB-UBND',
    'An Phú, ngày 04 tháng 11 năm 2031',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND xã về giải quyết đơn thư',
    'II. Ý KIẾN KẾT LUẬN',
    '1. Vụ tranh chấp lối đi chung tại thôn Đồng Mới',
    'Giao Công chức Địa chính - Xây dựng xã kiểm tra hiện trạng lối đi, hoàn thành trước ngày 20/11/2031. Ngay sau khi có kết quả kiểm tra, Tổ hòa giải thôn Đồng Mới tổ chức hòa giải giữa các hộ.',
  ].join('\n'),
);

describe('a sentence that opens with the step it follows, then its subject', () => {
  it("is that unit's duty", () => {
    const task = draft.tasks.find((t) => t.title.includes('hòa giải giữa các hộ'));
    expect(draft.units.find((u) => u.code === task?.lead)?.name).toBe('Tổ hòa giải thôn Đồng Mới');
  });
});
