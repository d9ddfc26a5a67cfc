import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): a heading that names community units, a board of a counted set of them
// ("Ban nhân dân 9 khu phố") or the heads of hamlets named one by one ("Trưởng ấp Bình Tây, ấp Bình Đông"), leads the items under it.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ BÌNH LỘC',
    'Số: 30/KH-UBND',
    'Bình Lộc, ngày 04 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Chỉnh trang cảnh quan nông thôn năm 2031',
    'III. NHIỆM VỤ',
    '1. Công chức Văn hóa - Xã hội xã',
    '- Xây dựng nội dung tuyên truyền trên loa truyền thanh, xong trước ngày 20/3/2031.',
    '2. Ban nhân dân 9 khu phố',
    '- Vận động nhân dân trồng cây xanh dọc các tuyến đường, hoàn thành trong tháng 4/2031.',
    '- Tổ chức dọn vệ sinh khu dân cư vào ngày 12/4/2031.',
    '3. Trưởng ấp Bình Tây, ấp Bình Đông và ấp Bình Nam',
    'a) Lập danh sách hộ đăng ký làm hàng rào xanh, gửi UBND xã trước ngày 25/3/2031.',
    'b) Theo dõi, nhắc nhở các hộ chăm sóc cây trồng.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const leadName = (words: string) => draft.units.find((u) => u.code === task(words)?.lead)?.name;

describe('a heading naming community units over items', () => {
  it('leads its items when it counts the units', () => {
    expect(leadName('Vận động nhân dân trồng cây')).toBe('Ban nhân dân 9 khu phố');
    expect(leadName('Tổ chức dọn vệ sinh')).toBe('Ban nhân dân 9 khu phố');
  });

  it('leads its items when it names the heads of hamlets one by one', () => {
    expect(leadName('Lập danh sách hộ')).toBe('Trưởng ấp Bình Tây, ấp Bình Đông và ấp Bình Nam');
    expect(leadName('Theo dõi, nhắc nhở')).toBe('Trưởng ấp Bình Tây, ấp Bình Đông và ấp Bình Nam');
  });

  it("reads no hamlet in a board head's title", () => {
    const other = draftPlan(
      [
        'ỦY BAN NHÂN DÂN',
        'XÃ BÌNH LỘC',
        'Số: 31/KH-UBND',
        'Bình Lộc, ngày 04 tháng 3 năm 2031',
        'KẾ HOẠCH',
        'Tuyên truyền năm 2031',
        'II. NHIỆM VỤ',
        '1. Trưởng ban Tuyên giáo Đảng ủy xã chỉ đạo tuyên truyền, xong trước ngày 30/3/2031.',
      ].join('\n'),
    );
    expect(other.units.map((u) => u.name)).not.toContain('Trưởng ban Tuyên');
  });
});

describe("the community's board watching public works", () => {
  it('leads the paragraph under its heading', () => {
    const board = draftPlan(
      [
        'ỦY BAN NHÂN DÂN',
        'XÃ BÌNH LỘC',
        'Số: 32/KH-UBND',
        'Bình Lộc, ngày 04 tháng 3 năm 2031',
        'KẾ HOẠCH',
        'Xây dựng trường mầm non năm 2031',
        'III. NHIỆM VỤ',
        '1. Ban Giám sát đầu tư của cộng đồng xã',
        'Theo dõi chất lượng vật tư đưa vào công trình; kiến nghị UBND xã xử lý sai sót.',
      ].join('\n'),
    );
    const task = board.tasks.find((t) => t.title.startsWith('Theo dõi chất lượng vật tư'));
    expect(board.units.find((u) => u.code === task?.lead)?.name).toMatch(/^Ban Giám sát đầu tư của cộng đồng xã/u);
  });
});
