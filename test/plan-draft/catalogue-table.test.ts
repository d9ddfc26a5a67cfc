import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 45 of the drafter): a province's plan in Markdown that lists the schools it covers in a table of
// names, places and figures; the table is a catalogue, and only the duties around it are tasks.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH HÒA VÂN',
    'Số: 40/KH-UBND',
    'Hòa Vân, ngày 02 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Cải tạo nhà vệ sinh trường học năm 2031',
    'II. NHIỆM VỤ',
    '1. Sở Giáo dục và Đào tạo',
    '- Khảo sát hiện trạng nhà vệ sinh các trường trong danh mục, xong trước ngày 30/4/2031.',
    '2. Sở Tài chính',
    '- Bố trí kinh phí cải tạo trong tháng 5/2031.',
    '',
    '**Danh mục trường học cải tạo năm 2031**',
    '',
    '| Tên trường | Xã, phường | Số học sinh | Đơn vị quản lý |',
    '| :---- | :---- | :---: | :---- |',
    '| Tiểu học Suối Ngàn | Xã Suối Ngàn | 420 | Phòng Văn hóa - Xã hội xã Suối Ngàn |',
    '| THCS Bến Đá | Phường Bến Đá | 615 | Phòng Văn hóa - Xã hội phường Bến Đá |',
    '| Mầm non Hoa Sen | Phường Bến Đá | 210 | Phòng Văn hóa - Xã hội phường Bến Đá |',
  ].join('\n'),
);

describe('a catalogue table of names and figures', () => {
  it('makes no task of its cells, only of the duties around it', () => {
    expect(draft.tasks.map((t) => t.title)).toHaveLength(2);
    expect(draft.tasks.some((t) => /Suối Ngàn|Bến Đá|Hoa Sen|^\d+$|Tên trường/u.test(t.title))).toBe(false);
  });
});
