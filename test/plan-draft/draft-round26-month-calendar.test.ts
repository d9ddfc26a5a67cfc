import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 26 of the drafter): a calendar under bare month or quarter lines ("Tháng 6/2029",
// "Quý III năm 2029", no number, no colon) over lettered sentences; an undated sentence is due at the end of its month.

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'THỊ XÃ BẮC HÀ',
  'Số: 88/KH-UBND',
  'Bắc Hà, ngày 14 tháng 5 năm 2029',
  'KẾ HOẠCH',
  'Chuyển đổi số trong cơ quan hành chính thị xã năm 2029',
];

describe('a calendar under bare month lines over lettered items', () => {
  it('each month line heads the lettered items after it, and is no task', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. LỊCH TRIỂN KHAI',
        'Tháng 6/2029',
        'a) Phòng Văn hóa và Thông tin rà soát tài khoản thư điện tử công vụ của cán bộ, công chức.',
        'b) Phòng Nội vụ trình danh sách công chức phụ trách chuyển đổi số trước ngày 15/6/2029.',
        'Tháng 8/2029',
        'a) Phòng Tài chính - Kế hoạch bố trí kinh phí mua chữ ký số cho các phòng chuyên môn.',
        'b) Ủy ban nhân dân các phường, xã số hóa hồ sơ hộ tịch còn lưu bản giấy.',
        'Quý IV năm 2029',
        'a) Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã đánh giá mức độ chuyển đổi số của các phòng.',
        'II. TỔ CHỨC THỰC HIỆN',
        'Phòng Văn hóa và Thông tin tổng hợp kết quả, báo cáo Ủy ban nhân dân thị xã trước ngày 20/12/2029.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(draft.tasks.some((t) => /^(?:Tháng|Quý)\b/u.test(t.title))).toBe(false);
    expect(by('thư điện tử công vụ')?.deadline?.due).toBe('2029-06-30');
    expect(by('công chức phụ trách')?.deadline?.due).toBe('2029-06-14');
    expect(by('chữ ký số')?.deadline?.due).toBe('2029-08-31');
    expect(name(by('hồ sơ hộ tịch')?.lead)).toMatch(/các phường, xã/u);
    expect(by('hồ sơ hộ tịch')?.deadline?.due).toBe('2029-08-31');
    expect(by('mức độ chuyển đổi số')?.deadline?.due).toBe('2029-12-31');
  });

  it('a month line under a lettered item that announces it ("… như sau:") stays that item\'s', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NHIỆM VỤ',
        'a) Phòng Nội vụ tổ chức các lớp bồi dưỡng kỹ năng số theo lịch như sau:',
        'Tháng 7/2029',
        '- Lớp cho công chức các phòng chuyên môn.',
        'b) Phòng Tư pháp rà soát thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình.',
      ].join('\n'),
    );
    const { by } = helpers(draft);
    expect(by('thủ tục hành chính')?.deadline?.due).not.toBe('2029-07-31');
  });
});
