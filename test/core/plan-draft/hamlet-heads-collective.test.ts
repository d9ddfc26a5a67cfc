import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 36 of the drafter): the heads of a commune's hamlets named as one ("Trưởng các thôn …", then
// the hamlets' names without their kind) are one collective lead, not units cut from the place names.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ AN PHÚ',
    'Số: 12/KH-UBND',
    'An Phú, ngày 04 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Vệ sinh môi trường năm 2031',
    'II. NHIỆM VỤ',
    '1. Công an xã kiểm tra các điểm đổ rác trái phép, xong trước ngày 30/4/2031.',
    '2. Trưởng các thôn Bình Tây, Đồng Mới, Suối Lớn tổ chức họp dân phổ biến quy định về thu gom rác trong tháng 5/2031.',
    '3. Trưởng các ấp Hòa Bình và Tân Thành vận động hộ dân đăng ký thu gom rác, hoàn thành trước ngày 15/6/2031.',
    '4. Trưởng các thôn, tổ dân phố nhắc nhở các hộ giữ vệ sinh chung.',
  ].join('\n'),
);

const leadName = (words: string) => {
  const task = draft.tasks.find((t) => t.title.includes(words));
  return [...draft.units, ...draft.groups].find((u) => u.code === task?.lead)?.name;
};

describe('the heads of hamlets named as one', () => {
  it('lead with the hamlets listed by name', () => {
    expect(leadName('Tổ chức họp dân')).toBe('Trưởng các thôn Bình Tây, Đồng Mới, Suối Lớn');
    expect(leadName('Vận động hộ dân')).toBe('Trưởng các ấp Hòa Bình và Tân Thành');
  });

  it('lead without names', () => {
    expect(leadName('Nhắc nhở các hộ')).toBe('Trưởng các thôn, tổ dân phố');
  });

  it('give no unit from the place names', () => {
    expect(draft.units.map((u) => u.name)).toEqual(['Công an xã An Phú']);
  });
});
