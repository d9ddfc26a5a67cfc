import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 45 of the drafter): a commune's meeting minute whose conclusions give the work to officials by
// name, each with the post in brackets.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN XÃ HƯNG LỘC',
    'BIÊN BẢN HỌP',
    'Về việc chuẩn bị khai giảng năm học 2031 - 2032',
    'Thời gian: 08 giờ 00 ngày 10/8/2031',
    'III. KẾT LUẬN CỦA CHỦ TRÌ',
    '2. Giao nhiệm vụ:',
    '- Đ/c Lý Văn Cường (Trưởng Công an xã): bố trí lực lượng bảo đảm trật tự tại các điểm trường trong ngày khai giảng 05/9/2031.',
    '- Đ/c Mai Thị Hoa (Trưởng phòng Văn hóa - Xã hội): rà soát cơ sở vật chất các trường, báo cáo UBND xã trước ngày 25/8/2031.',
    '- Đề nghị đ/c Đào Văn Phúc (Chủ tịch Ủy ban MTTQ Việt Nam xã) chủ trì vận động quà tặng học sinh nghèo, xong trước ngày 01/9/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words) || (t.source ?? '').includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name ?? '';

describe('conclusion lines naming an official with the post in brackets', () => {
  it('leads each line by the body the post heads', () => {
    expect(unit(task('bảo đảm trật tự')?.lead)).toMatch(/^Công an xã/u);
    expect(unit(task('rà soát cơ sở vật chất')?.lead)).toMatch(/^Phòng Văn hóa - Xã hội/u);
    expect(unit(task('quà tặng học sinh nghèo')?.lead)).toMatch(/^Ủy ban Mặt trận Tổ quốc Việt Nam xã|^Ủy ban MTTQ/u);
  });

  it('titles each task by its work, not by the person', () => {
    expect(draft.tasks.some((t) => /Lý Văn Cường|Mai Thị Hoa|Đào Văn Phúc/u.test(t.title))).toBe(false);
  });
});
