import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 45b of the drafter): the bodies of the two-level local government and of the Party since
// 2025, and the state offices named by their region, lead the duties given to them.

const COMMUNE_HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ PHÚ THẠNH', 'Số: 18/KH-UBND', 'Phú Thạnh, ngày 05 tháng 3 năm 2026', 'KẾ HOẠCH', 'Số hóa hồ sơ năm 2026'];
const PARTY_HEAD = ['TỈNH ỦY LAM GIANG', 'Số: 40-KH/TU', 'Lam Giang, ngày 09 tháng 3 năm 2026', 'KẾ HOẠCH', 'Quán triệt chỉ thị về công tác cán bộ'];

describe("a commune's offices since 2025", () => {
  const draft = draftPlan(
    [
      ...COMMUNE_HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng HĐND và UBND xã số hóa sổ hộ tịch trước ngày 30/6/2026.',
      '2. Phòng Văn hóa - Xã hội phát động cuộc thi ảnh đẹp quê hương trong tháng 4/2026.',
      '3. Phòng Kinh tế xã thống kê diện tích lúa vụ Hè Thu trước ngày 15/7/2026.',
      '4. Trung tâm Phục vụ hành chính công xã niêm yết quy trình tiếp dân trước ngày 20/3/2026.',
      '5. Đảng ủy Quân sự xã rà soát thanh niên trong độ tuổi nhập ngũ trong tháng 9/2026.',
      '6. Ủy ban Kiểm tra Đảng ủy xã giám sát việc kê khai tài sản trong quý III/2026.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each office with its commune', () => {
    expect(name(by('sổ hộ tịch')?.lead)).toBe('Văn phòng HĐND và UBND xã Phú Thạnh');
    expect(name(by('ảnh đẹp quê hương')?.lead)).toMatch(/^Phòng Văn hóa - Xã hội/);
    expect(name(by('lúa vụ Hè Thu')?.lead)).toBe('Phòng Kinh tế xã Phú Thạnh');
    expect(name(by('quy trình tiếp dân')?.lead)).toBe('Trung tâm Phục vụ hành chính công xã Phú Thạnh');
  });

  it("reads the commune's Party bodies named by its level", () => {
    expect(name(by('độ tuổi nhập ngũ')?.lead)).toBe('Đảng ủy Quân sự xã Phú Thạnh');
    expect(name(by('kê khai tài sản')?.lead)).toBe('Ủy ban Kiểm tra Đảng ủy xã Phú Thạnh');
  });
});

describe('Party committees and their boards at every level', () => {
  const draft = draftPlan(
    [
      ...PARTY_HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tổ chức Tỉnh ủy hướng dẫn quy trình rà soát quy hoạch trước ngày 15/4/2026.',
      '2. Ban Chính sách, chiến lược Tỉnh ủy nghiên cứu đề xuất cơ chế thu hút nhân tài trong quý III/2026.',
      '3. Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị chuyên đề trước ngày 30/5/2026.',
      '4. Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lấy ý kiến đoàn viên, hội viên trong tháng 6/2026.',
      '5. Bí thư Đảng ủy xã/phường trực tiếp đối thoại với nhân dân trước ngày 31/8/2026.',
      '6. Các đảng ủy xã, phường, đặc khu cử cán bộ dự lớp trong tháng 7/2026.',
      '7. Các đảng ủy cấp xã quán triệt chỉ thị trong tháng 4/2026.',
      '8. Trường Cán bộ quản lý giáo dục tỉnh bồi dưỡng hiệu trưởng trong tháng 8/2026.',
      '9. Trường Bồi dưỡng cán bộ Tài chính mở lớp kế toán ngân sách xã trong quý IV/2026.',
      '10. Ban Xây dựng Đảng Đảng ủy phường Bình An theo dõi việc sinh hoạt chi bộ hằng tháng.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it("reads the province's new Party committees, not a collective of agencies", () => {
    expect(name(by('hội nghị chuyên đề')?.lead)).toMatch(/^Đảng ủy các cơ quan Đảng tỉnh/);
    expect(name(by('đoàn viên, hội viên')?.lead)).toMatch(/^Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh/);
  });

  it('reads a board of a Party committee by its sector and owner', () => {
    expect(name(by('quy trình rà soát quy hoạch')?.lead)).toBe('Ban Tổ chức Tỉnh ủy');
    expect(name(by('thu hút nhân tài')?.lead)).toBe('Ban Chính sách, chiến lược Tỉnh ủy');
    expect(name(by('sinh hoạt chi bộ')?.lead)).toBe('Ban Xây dựng Đảng Đảng ủy phường Bình An');
  });

  it("reads a commune secretary's post and the commune committees as collectives", () => {
    expect(name(by('đối thoại với nhân dân')?.lead)).toBe('Đảng ủy xã/phường');
    expect(draft.groups.find((g) => g.code === by('đối thoại với nhân dân')?.lead)).toBeDefined();
    expect(name(by('cử cán bộ dự lớp')?.lead)?.toLowerCase()).toBe('các đảng ủy xã, phường, đặc khu');
    // "quán" is the verb's first word, not "quận"
    expect(name(by('quán triệt chỉ thị')?.lead)?.toLowerCase()).toBe('các đảng ủy cấp xã');
  });

  it("reads a sector's school for its cadres, its sector written in lower case or capitals", () => {
    expect(name(by('bồi dưỡng hiệu trưởng')?.lead)).toMatch(/^Trường Cán bộ quản lý giáo dục tỉnh/);
    expect(name(by('kế toán ngân sách xã')?.lead)).toBe('Trường Bồi dưỡng cán bộ Tài chính');
  });
});

describe('state offices named by their region', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH LAM GIANG',
      'Số: 77/KH-UBND',
      'Lam Giang, ngày 10 tháng 3 năm 2026',
      'KẾ HOẠCH',
      'Giải ngân vốn đầu tư công năm 2026',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ban Quản lý dự án đầu tư xây dựng khu vực Nam Sông hoàn thành giải phóng mặt bằng trước ngày 30/9/2026.',
      '2. Ban Quản lý dự án đầu tư xây dựng khu vực số 3 lập hồ sơ mời thầu trong quý II/2026.',
      '3. Các Ban Quản lý dự án đầu tư xây dựng khu vực báo cáo tiến độ giải ngân trước ngày 05 hằng tháng.',
      '4. Chi cục Thuế khu vực Bắc Giang đôn đốc thu tiền sử dụng đất trước ngày 31/10/2026.',
      '5. Kho bạc Nhà nước khu vực kiểm soát thanh toán vốn trong ngày làm việc.',
      '6. Bảo hiểm xã hội cơ sở Nam Sông rà soát người tham gia tự nguyện trong tháng 5/2026.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('keeps the region, by its name or number, in the office', () => {
    expect(name(by('giải phóng mặt bằng')?.lead)).toBe('Ban Quản lý dự án đầu tư xây dựng khu vực Nam Sông');
    expect(name(by('hồ sơ mời thầu')?.lead)).toBe('Ban Quản lý dự án đầu tư xây dựng khu vực số 3');
    expect(name(by('tiền sử dụng đất')?.lead)).toBe('Chi cục Thuế khu vực Bắc Giang');
    expect(name(by('người tham gia tự nguyện')?.lead)).toBe('Bảo hiểm xã hội cơ sở Nam Sông');
  });

  it('reads "khu vực" alone as the regional office serving the province, or every one after "các"', () => {
    expect(name(by('thanh toán vốn')?.lead)).toBe('Kho bạc Nhà nước khu vực');
    expect(draft.groups.find((g) => g.code === by('tiến độ giải ngân')?.lead)?.name.toLowerCase()).toBe('các ban quản lý dự án đầu tư xây dựng khu vực');
  });
});
