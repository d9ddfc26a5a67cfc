import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 22 of the drafter): the bodies inside a school, a hospital or an agency lead the
// duties of its own plan; "tổ chức" after a body is its verb.

const SCHOOL_HEAD = ['TRƯỜNG TRUNG HỌC CƠ SỞ HÒA LỘC', 'Số: 51/KH-THCS', 'Hòa Lộc, ngày 02 tháng 9 năm 2025', 'KẾ HOẠCH', 'Hoạt động năm học 2025 - 2026'];

describe("a school's own bodies", () => {
  const draft = draftPlan(
    [
      ...SCHOOL_HEAD,
      'II. PHÂN CÔNG',
      '1. Ban Giám hiệu nhà trường',
      'Duyệt kế hoạch giáo dục của các lớp trước ngày 20/9/2025.',
      '2. Các tổ chuyên môn',
      'Ra đề kiểm tra giữa học kỳ I trước ngày 25/10/2025.',
      'III. LỊCH HOẠT ĐỘNG',
      '- Đoàn trường tổ chức hội trại truyền thống vào ngày 26/3/2026.',
      '- Các tổ chuyên môn tổ chức chuyên đề đổi mới phương pháp dạy học trong tháng 11/2025.',
      '- Hội đồng trường họp phiên cuối năm học trước ngày 31/5/2026.',
      '- Công đoàn trường tổ chức hội thao chào mừng ngày 20/11, xong trước ngày 18/11/2025.',
      '- Chi bộ nhà trường sinh hoạt chuyên đề về đạo đức nhà giáo trong quý IV/2025.',
      '- Ban Đại diện cha mẹ học sinh phối hợp với nhà trường trao học bổng vào ngày 05/9/2025.',
      '- Các tổ khối tổ chức thi vở sạch chữ đẹp trong tháng 4/2026.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each body as the lead, in its heading or as the subject of its line', () => {
    expect(name(by('kế hoạch giáo dục của các lớp')?.lead)).toBe('Ban Giám hiệu');
    expect(name(by('hội trại truyền thống')?.lead)).toBe('Đoàn trường');
    expect(name(by('phiên cuối năm học')?.lead)).toBe('Hội đồng trường');
    expect(name(by('hội thao chào mừng')?.lead)).toBe('Công đoàn trường');
    expect(name(by('đạo đức nhà giáo')?.lead)).toBe('Chi bộ nhà trường');
    expect(name(by('trao học bổng')?.lead)).toBe('Ban Đại diện cha mẹ học sinh');
  });

  it('ends "Các tổ chuyên môn" before the verb "tổ chức"', () => {
    expect(name(by('kiểm tra giữa học kỳ I')?.lead)?.toLowerCase()).toBe('các tổ chuyên môn');
    expect(name(by('đổi mới phương pháp')?.lead)?.toLowerCase()).toBe('các tổ chuyên môn');
    expect(name(by('vở sạch chữ đẹp')?.lead)?.toLowerCase()).toBe('các tổ khối');
  });
});

describe("a hospital's own bodies", () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. PHÂN CÔNG',
      '1. Ban Giám đốc Bệnh viện',
      'Kiện toàn Hội đồng Thuốc và điều trị trong tháng 3/2025.',
      '2. Phòng Kế hoạch tổng hợp',
      'Triển khai đặt lịch khám trực tuyến trước ngày 30/6/2025.',
      '3. Khoa Hồi sức tích cực - Chống độc',
      'Tập huấn cấp cứu nhi cho điều dưỡng trong tháng 5/2025.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Các khoa, phòng tổ chức phổ biến kế hoạch đến người lao động trước ngày 28/02/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the board, the offices and the wards by their whole names', () => {
    expect(name(by('Hội đồng Thuốc')?.lead)).toBe('Ban Giám đốc');
    expect(name(by('đặt lịch khám')?.lead)).toBe('Phòng Kế hoạch tổng hợp');
    expect(name(by('cấp cứu nhi')?.lead)).toBe('Khoa Hồi sức tích cực - Chống độc');
    expect(draft.tasks.some((t) => /^Tích cực/u.test(t.title))).toBe(false);
  });

  it('reads "Các khoa, phòng" as the collective before "tổ chức"', () => {
    expect(name(by('phổ biến kế hoạch')?.lead)?.toLowerCase()).toBe('các khoa, phòng');
  });
});

describe("an agency's own bodies and offices", () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Ban Thanh tra nhân dân',
      'Giám sát việc công khai tài chính của cơ quan, báo cáo kết quả hằng quý.',
      '2. Phòng Kinh tế',
      'Hướng dẫn Ban Thanh tra nhân dân các xã, thị trấn giám sát thu chi ngân sách trước ngày 30/4/2025.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Thủ trưởng các phòng, chi cục, đơn vị thuộc Sở lập kế hoạch chi tiết, gửi về Văn phòng Sở trước ngày 15/3/2025.',
      '2. Trong quá trình thực hiện, nếu có vướng mắc, các bộ phận báo cáo Trưởng phòng để xem xét.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the staff inspection board as a unit, and a collective of them by their level', () => {
    expect(name(by('công khai tài chính')?.lead)).toBe('Ban Thanh tra nhân dân');
    expect(name(by('thu chi ngân sách')?.lead)).toBe('Phòng Kinh tế');
  });

  it('gives the closing duties to the offices under their heads and to the sections, not to the Sở', () => {
    expect(name(by('kế hoạch chi tiết')?.lead)?.toLowerCase()).toBe('các phòng, chi cục, đơn vị thuộc sở');
    expect(name(by('vướng mắc')?.lead)?.toLowerCase()).toBe('các bộ phận');
  });
});

describe('a dated report in a sentence of its own after undated work', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      '2. Phòng Tài nguyên và Môi trường',
      'Rà soát các điểm tập kết rác thải trên địa bàn, đề xuất bổ sung thùng chứa theo nhóm. Báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 30/7/2025.',
    ].join('\n'),
  );

  it('drafts the work undated and the report with its date', () => {
    const work = draft.tasks.find((t) => t.title.startsWith('Rà soát các điểm tập kết'));
    const report = draft.tasks.find((t) => t.title.startsWith('Báo cáo kết quả'));
    expect(work?.deadline).toBeUndefined();
    expect(report?.deadline?.due).toBe('2025-07-29');
  });
});

describe('a time line that gives each report its own day', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      'Nhiệm vụ 3: Tổng hợp kết quả kiểm kê đất công',
      '- Đơn vị chủ trì: Phòng Tài nguyên và Môi trường.',
      '- Thời hạn: trước ngày 15/6/2025 đối với báo cáo sơ bộ và trước ngày 30/11/2025 đối với báo cáo chính thức.',
    ].join('\n'),
  );

  it('drafts one task per report, each due its own day', () => {
    const dues = draft.tasks.filter((t) => t.title.startsWith('Tổng hợp kết quả kiểm kê')).map((t) => t.deadline?.due);
    expect(dues).toEqual(['2025-06-14', '2025-11-29']);
  });
});
