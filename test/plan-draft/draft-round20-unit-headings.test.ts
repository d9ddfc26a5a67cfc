import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 20 of the drafter): headings that carry a unit in other words, and the bodies of social
// insurance and justice that lead them.

const HEAD = ['BỘ TƯ PHÁP', 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM HÀ', 'Số: 4/KH-CTHADS', 'Nam Hà, ngày 05 tháng 10 năm 2029', 'KẾ HOẠCH', 'Công tác năm 2030'];

describe('unit headings "Đối với X", "Giao X:", "X có trách nhiệm:", "Riêng X" and a bare "Văn phòng"', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Đối với Phòng Nghiệp vụ và Tổ chức thi hành án',
      '- Lập danh sách việc thi hành án có giá trị lớn, xong trước ngày 25/10/2029.',
      '2. Giao Phòng Kiểm tra, giải quyết khiếu nại, tố cáo:',
      '- Giải quyết đơn khiếu nại đúng thời hạn.',
      '3. Phòng Tổ chức cán bộ có trách nhiệm:',
      '- Rà soát nhu cầu đào tạo Chấp hành viên.',
      '4. Riêng Chi cục Thi hành án dân sự huyện Hòa Lộc',
      'Thi hành xong vụ việc tồn đọng của Công ty TNHH Gỗ Hòa Lộc trước ngày 31/3/2030.',
      '5. Văn phòng',
      '- Bảo đảm kinh phí cưỡng chế.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('leads the items under each heading by the whole office named in it', () => {
    expect(name(by('danh sách việc')?.lead)).toBe('Phòng Nghiệp vụ và Tổ chức thi hành án');
    expect(name(by('đơn khiếu nại')?.lead)).toBe('Phòng Kiểm tra, giải quyết khiếu nại, tố cáo');
    expect(name(by('nhu cầu đào tạo')?.lead)).toBe('Phòng Tổ chức cán bộ');
    expect(name(by('vụ việc tồn đọng')?.lead)).toBe('Chi cục Thi hành án dân sự huyện Hòa Lộc');
    expect(name(by('kinh phí cưỡng chế')?.lead)).toBe('Văn phòng');
    expect(draft.tasks).toHaveLength(5);
  });
});

describe('social-insurance and justice bodies at every level', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Bảo hiểm xã hội các huyện, thị xã',
      '- Giao chỉ tiêu thu đến từng đại lý.',
      '2. Bảo hiểm xã hội khu vực III',
      '- Cung cấp danh sách đơn vị nợ đóng.',
      '3. Phòng Thi hành án dân sự khu vực 2',
      '- Cưỡng chế kê biên tài sản của 03 doanh nghiệp.',
      '4. Các Phòng Thi hành án dân sự khu vực',
      '- Cập nhật phần mềm quản lý án trước ngày 20 hằng tháng.',
      '5. Phòng Công chứng số 1',
      '- Công chứng miễn phí cho hộ nghèo.',
      '6. Phòng Hội chợ, Triển lãm',
      '- Gửi thư mời doanh nghiệp.',
      '7. Phòng Truyền thông và Phát triển người tham gia',
      '- Xây dựng kế hoạch truyền thông.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('names each body whole: a collective of levels, a region, a numbered office, every regional office', () => {
    expect(name(by('chỉ tiêu thu')?.lead)).toBe('Bảo hiểm xã hội các huyện, thị xã');
    expect(name(by('nợ đóng')?.lead)).toBe('Bảo hiểm xã hội khu vực III');
    expect(name(by('kê biên')?.lead)).toBe('Phòng Thi hành án dân sự khu vực 2');
    expect(name(by('phần mềm quản lý án')?.lead)).toBe('các Phòng Thi hành án dân sự khu vực');
    expect(name(by('hộ nghèo')?.lead)).toBe('Phòng Công chứng số 1');
    expect(name(by('thư mời')?.lead)).toBe('Phòng Hội chợ, Triển lãm');
    expect(name(by('kế hoạch truyền thông')?.lead)).toBe('Phòng Truyền thông và Phát triển người tham gia');
    expect(draft.tasks).toHaveLength(7);
  });
});
