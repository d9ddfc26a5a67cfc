import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 44 of the drafter): a group's lead line after its items names the lead of some items apart,
// by letter ("X (nội dung a); Y (nội dung b)") or by subject ("X; riêng nội dung về … do Y chủ trì").

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH HÒA VÂN',
    'Số: 31/KH-UBND',
    'Hòa Vân, ngày 20 tháng 01 năm 2031',
    'KẾ HOẠCH',
    'Phát triển du lịch cộng đồng năm 2031',
    'II. NHIỆM VỤ',
    '1. Sản phẩm du lịch',
    '- Khảo sát các làng nghề có tiềm năng đón khách, hoàn thành trong quý II/2031.',
    '- Biên soạn bộ tiêu chí homestay đạt chuẩn của tỉnh.',
    '- Xây dựng bản đồ số các điểm du lịch cộng đồng trên nền tảng trực tuyến.',
    'Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; riêng nội dung về bản đồ số các điểm du lịch do Sở Khoa học và Công nghệ chủ trì.',
    'Cơ quan phối hợp: Ủy ban nhân dân các xã.',
    'Thời gian thực hiện: năm 2031.',
    '2. Vốn cho hộ làm du lịch',
    'a) Cho vay hộ gia đình cải tạo nhà ở làm homestay.',
    'b) Trình Ủy ban nhân dân tỉnh cơ chế hỗ trợ lãi suất trước ngày 30/6/2031.',
    'Cơ quan chủ trì: Ngân hàng Chính sách xã hội tỉnh (nội dung a); Sở Tài chính (nội dung b).',
    'Thời gian thực hiện: năm 2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name ?? '';

describe('a group’s lead line naming the lead of some items apart', () => {
  it('gives the item singled out by "riêng nội dung về …" its own lead, the others the group’s', () => {
    expect(unit(task('bản đồ số')?.lead)).toBe('Sở Khoa học và Công nghệ');
    expect(unit(task('Khảo sát các làng nghề')?.lead)).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(unit(task('bộ tiêu chí homestay')?.lead)).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });

  it('gives each lettered item the lead named with its letter', () => {
    expect(unit(task('Cho vay hộ gia đình')?.lead)).toMatch(/^Ngân hàng Chính sách xã hội tỉnh/);
    expect(unit(task('hỗ trợ lãi suất')?.lead)).toBe('Sở Tài chính');
  });

  it('keeps an item’s own date and dates the others by the group’s time line', () => {
    expect(['2031-06-29', '2031-06-30']).toContain(task('hỗ trợ lãi suất')?.deadline?.due);
    expect(task('Cho vay hộ gia đình')?.deadline?.due).toBe('2031-12-31');
    expect(task('bản đồ số')?.deadline?.due).toBe('2031-12-31');
  });
});
