import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 43 of the drafter): a decision setting up a group lists its members and how it works; a report
// to a superior closes by asking it to consider the report. None of these lines is a duty.

const decision = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ HƯNG ĐẠO TÂY',
    'Số: 19/QĐ-UBND',
    'Hưng Đạo Tây, ngày 11 tháng 02 năm 2031',
    'QUYẾT ĐỊNH',
    'Về việc thành lập Tổ công tác rà soát hộ nghèo năm 2031',
    'QUYẾT ĐỊNH:',
    'Điều 1. Thành lập Tổ công tác rà soát hộ nghèo năm 2031 (sau đây gọi là Tổ công tác), gồm các ông (bà) có tên sau:',
    '1. Bà Hoàng Thị Lan, Phó Chủ tịch UBND xã - Tổ trưởng;',
    '2. Ông Vũ Đình Khải, Trưởng phòng Văn hóa - Xã hội xã - Tổ phó;',
    '3. Đại diện lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam xã - thành viên;',
    '4. Công chức Phòng Kinh tế xã - thành viên, thư ký.',
    'Điều 2. Nhiệm vụ của Tổ công tác',
    '1. Rà soát, lập danh sách hộ nghèo, hộ cận nghèo của các thôn, xong trước ngày 15/10/2031.',
    '2. Tổ trưởng phân công nhiệm vụ cho từng thành viên; các thành viên làm việc theo chế độ kiêm nhiệm. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.',
    '3. Tổ công tác được sử dụng con dấu của Ủy ban nhân dân xã.',
  ].join('\n'),
);

const report = draftPlan(
  [
    'UBND TỈNH BẮC SƠN',
    'SỞ NỘI VỤ',
    'Số: 402/SNV-VP',
    'Bắc Sơn, ngày 14 tháng 5 năm 2031',
    'Kính gửi: Bộ Nội vụ.',
    '1. Phòng Công chức, viên chức tổng hợp số liệu biên chế năm 2032, gửi Văn phòng Sở trước ngày 30/5/2031.',
    '2. Văn phòng Sở hoàn thiện báo cáo, trình Giám đốc Sở ký trước ngày 10/6/2031.',
    'Sở Nội vụ tỉnh Bắc Sơn kính báo cáo Bộ Nội vụ xem xét, chỉ đạo./.',
  ].join('\n'),
);

const titles = (d: ReturnType<typeof draftPlan>) => d.tasks.map((t) => t.title);

describe("a group's members, its way of working, a report's closing", () => {
  it('drafts the member lines as no tasks', () => {
    expect(titles(decision).some((t) => /Hoàng Thị Lan|Vũ Đình Khải|Đại diện lãnh đạo|thư ký/u.test(t))).toBe(false);
  });

  it('keeps the duties, and drafts part-time work, self-dissolving and the seal as no tasks', () => {
    expect(titles(decision).some((t) => t.includes('lập danh sách hộ nghèo'))).toBe(true);
    expect(titles(decision).some((t) => t.includes('phân công nhiệm vụ'))).toBe(true);
    expect(titles(decision).some((t) => /kiêm nhiệm|giải thể|con dấu/u.test(t))).toBe(false);
  });

  it("drafts the report's closing to its addressee as no task", () => {
    expect(report.tasks).toHaveLength(2);
    expect(titles(report).some((t) => t.includes('kính báo cáo'))).toBe(false);
  });
});
