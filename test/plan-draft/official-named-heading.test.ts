import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 44 of the drafter): a ward splits its month's work among its leaders, one numbered heading
// per person ("Ông/Bà/Đồng chí <name> - <post>" or "<name>, <post>"), dash duties without subject under each.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA',
    'Số: 12/TB-UBND',
    'An Hòa, ngày 02 tháng 3 năm 2031',
    'THÔNG BÁO',
    'Phân công nhiệm vụ tháng 3 năm 2031',
    '1. Đồng chí Hoàng Văn Tú - Chủ tịch Ủy ban nhân dân phường',
    '- Chủ trì buổi tiếp công dân định kỳ của phường trong tháng 3/2031.',
    '2. Bà Lâm Thị Hồng, Phó Chủ tịch Ủy ban nhân dân phường phụ trách văn hóa - xã hội',
    '- Kiểm tra công tác vệ sinh an toàn thực phẩm tại các bếp ăn trường học trước ngày 20/3/2031.',
    '3. Ông Tạ Quang Vinh - Trưởng Công an phường',
    '- Mở đợt cao điểm kiểm tra cư trú tại các khu nhà trọ, xong trước ngày 25/3/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name ?? '';

describe('a numbered heading naming an official by name and post', () => {
  it('makes no task of the headings and no unit of the people', () => {
    expect(draft.tasks).toHaveLength(3);
    expect(draft.units.some((u) => /Hoàng Văn Tú|Lâm Thị Hồng|Tạ Quang Vinh/.test(u.name))).toBe(false);
  });

  it('gives a head’s duties to the body the head speaks for', () => {
    expect(unit(task('tiếp công dân')?.lead)).toMatch(/^Ủy ban nhân dân phường/);
    expect(unit(task('cư trú')?.lead)).toMatch(/^Công an phường/);
  });

  it('gives a deputy’s duties to the post with its field', () => {
    expect(unit(task('an toàn thực phẩm')?.lead)).toMatch(/^Phó Chủ tịch Ủy ban nhân dân phường.* phụ trách văn hóa - xã hội$/);
  });
});
