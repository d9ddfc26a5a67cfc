import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 43 of the drafter): parts of a document that hold no duty — a reply letter's difficulties and
// requests to the ministry, a working group's powers, a plan's list of hazards — beside the parts that do.

const letter = draftPlan(
  [
    'UBND TỈNH SƠN NGUYÊN',
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    'Số: 1207/SGDĐT-VP',
    'Sơn Nguyên, ngày 09 tháng 10 năm 2030',
    'Kính gửi: Bộ Giáo dục và Đào tạo.',
    'Thực hiện Công văn số 515/BGDĐT ngày 20/9/2030 của Bộ Giáo dục và Đào tạo, Sở Giáo dục và Đào tạo báo cáo như sau:',
    '1. Khó khăn, vướng mắc',
    '- Nhiều trường vùng cao thiếu phòng học bộ môn, thiết bị dạy học đã xuống cấp;',
    '- Chưa có hướng dẫn định mức giáo viên dạy môn tích hợp ở cấp trung học cơ sở.',
    '2. Kiến nghị, đề xuất',
    'Sở Giáo dục và Đào tạo kính đề nghị Bộ Giáo dục và Đào tạo:',
    '- Sớm ban hành hướng dẫn định mức giáo viên môn tích hợp;',
    '- Hỗ trợ kinh phí xây dựng phòng học bộ môn cho các trường vùng cao.',
    '3. Triển khai trong thời gian tới',
    '- Phòng Giáo dục Trung học rà soát nhu cầu giáo viên môn tích hợp, xong trước ngày 30/11/2030;',
    '- Phòng Kế hoạch - Tài chính lập dự toán mua sắm thiết bị năm 2031 trong tháng 12/2030.',
  ].join('\n'),
);

const decision = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'PHƯỜNG HÒA LẠC ĐÔNG',
    'Số: 77/QĐ-UBND',
    'Hòa Lạc Đông, ngày 05 tháng 01 năm 2031',
    'QUYẾT ĐỊNH',
    'Về việc thành lập Đội kiểm tra trật tự đô thị năm 2031',
    'QUYẾT ĐỊNH:',
    'Điều 1. Thành lập Tổ công tác kiểm tra trật tự đô thị phường (sau đây gọi là Tổ công tác).',
    'Điều 2. Nhiệm vụ, quyền hạn của Tổ công tác',
    '1. Nhiệm vụ',
    'a) Kiểm tra việc lấn chiếm vỉa hè trên các tuyến phố chính, mỗi tuần ít nhất 01 lần.',
    'b) Tổng kết hoạt động năm 2031 trước ngày 20/12/2031.',
    '2. Quyền hạn',
    'a) Yêu cầu các hộ kinh doanh xuất trình giấy tờ có liên quan;',
    'b) Được sử dụng con dấu của Ủy ban nhân dân phường;',
    'c) Kiến nghị Chủ tịch Ủy ban nhân dân phường đình chỉ công trình xây dựng sai phép.',
  ].join('\n'),
);

const hazards = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ TÂN LỘC',
    'Số: 31/KH-UBND',
    'Tân Lộc, ngày 02 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Phòng, chống cháy rừng mùa khô năm 2031',
    'I. CÁC HÀNH VI CẦN NGĂN CHẶN',
    '- Đốt nương rẫy không có người canh giữ;',
    '- Dùng lửa trong rừng để lấy mật ong, săn bắt động vật.',
    'II. NHIỆM VỤ',
    '1. Công an xã tuần tra các khu rừng giáp ranh, cao điểm từ tháng 3 đến tháng 5/2031.',
    '2. Ban Chỉ huy quân sự xã tổ chức diễn tập chữa cháy rừng trong tháng 3/2031.',
  ].join('\n'),
);

const titles = (d: ReturnType<typeof draftPlan>) => d.tasks.map((t) => t.title);

describe('parts that hold no duty', () => {
  it("drafts a reply letter's difficulties and its requests to the ministry as no tasks", () => {
    expect(titles(letter).some((t) => /phòng học bộ môn|định mức giáo viên dạy/u.test(t))).toBe(false);
    expect(titles(letter).some((t) => /ban hành hướng dẫn định mức|Hỗ trợ kinh phí/u.test(t))).toBe(false);
    expect(letter.tasks).toHaveLength(2);
  });

  it("drafts a working group's powers as no tasks, its duties as tasks", () => {
    expect(titles(decision).some((t) => /xuất trình giấy tờ|con dấu|đình chỉ công trình/u.test(t))).toBe(false);
    expect(titles(decision).some((t) => t.includes('lấn chiếm vỉa hè'))).toBe(true);
    expect(titles(decision).some((t) => t.includes('Tổng kết hoạt động'))).toBe(true);
  });

  it('drafts a list of the acts a plan means to stop as no tasks', () => {
    expect(titles(hazards).some((t) => /Đốt nương rẫy|lấy mật ong/u.test(t))).toBe(false);
    expect(hazards.tasks).toHaveLength(2);
  });
});
