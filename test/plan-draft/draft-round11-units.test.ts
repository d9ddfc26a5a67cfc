import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 11 of the drafter): the Đoàn's, the Hội's and the unions' own boards and member
// bodies, named in the headings of their internal plans.

describe('the boards of a Huyện đoàn and a Hội', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ban Phong trào Huyện đoàn',
      'Tổ chức ra quân chiến dịch trồng cây, hoàn thành trước ngày 15/3/2025.',
      '2. Ban Tổ chức - Kiểm tra Huyện đoàn',
      'Tổng hợp danh sách đoàn viên ưu tú giới thiệu kết nạp Đảng trước ngày 30/4/2025.',
      '3. Ban Thanh niên trường học Huyện đoàn',
      'Hướng dẫn các liên đội tổ chức sinh hoạt hè trong tháng 6/2025.',
      '4. Ban Gia đình - Xã hội Hội Liên hiệp Phụ nữ huyện',
      'Vận động hội viên tham gia mô hình "Gia đình 5 không, 3 sạch" trong năm 2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads a board of the Đoàn with its owner', () => {
    expect(name(by('trồng cây')?.lead)).toBe('Ban Phong trào Huyện đoàn');
    expect(name(by('đoàn viên ưu tú')?.lead)).toBe('Ban Tổ chức - Kiểm tra Huyện đoàn');
    expect(name(by('sinh hoạt hè')?.lead)).toBe('Ban Thanh niên trường học Huyện đoàn');
  });

  it('reads a board of the Hội with its owner', () => {
    expect(name(by('5 không')?.lead)).toMatch(/^Ban Gia đình - Xã hội Hội Liên hiệp Phụ nữ huyện$/);
  });

  it('makes no task of the headings', () => {
    expect(draft.tasks).toHaveLength(4);
  });
});

describe('the member bodies of the Đoàn', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Đoàn Trường Trung học phổ thông Hòa Lộc, Đoàn Trường Trung cấp Nghề Hòa Lộc',
      'Tổ chức diễn đàn "Thanh niên với văn hóa đọc" trước ngày 20/4/2025.',
      '2. Đoàn Khối các cơ quan huyện',
      'Tổ chức hội thao đoàn viên công chức trong quý II/2025.',
      '3. Đề nghị Hội Liên hiệp Thanh niên Việt Nam huyện',
      'Phối hợp tổ chức Ngày hội thanh niên khởi nghiệp trước ngày 30/5/2025.',
      '4. Hội Sinh viên Việt Nam huyện',
      'Tổ chức giải bóng đá sinh viên trong tháng 5/2025.',
      '5. Các cơ sở Đoàn trực thuộc',
      'Báo cáo kết quả về Huyện đoàn trước ngày 10/6/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads "Đoàn Trường …" as a unit, one per school', () => {
    expect(name(by('văn hóa đọc')?.lead)).toBe('Đoàn Trường Trung học phổ thông Hòa Lộc');
  });

  it('reads the Đoàn Khối, the Hội Liên hiệp Thanh niên and the Hội Sinh viên', () => {
    expect(name(by('hội thao')?.lead)).toMatch(/^Đoàn Khối các cơ quan huyện/);
    expect(name(by('khởi nghiệp')?.lead)).toMatch(/^Hội Liên hiệp Thanh niên Việt Nam huyện/);
    expect(name(by('bóng đá')?.lead)).toMatch(/^Hội Sinh viên Việt Nam huyện/);
  });

  it('reads "Các cơ sở Đoàn trực thuộc" as a collective lead', () => {
    expect(name(by('Báo cáo kết quả')?.lead)).toMatch(/^các cơ sở Đoàn trực thuộc$/i);
  });
});

describe("a commune's sections by field", () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. PHÂN CÔNG NHIỆM VỤ',
      '1. Bộ phận Tư pháp - Hộ tịch xã',
      'Rà soát hồ sơ đăng ký khai sinh chưa số hóa, hoàn thành trước ngày 30/6/2025.',
      '2. Bộ phận Văn hóa - Thông tin xã',
      'Phát thông tin về đăng ký hộ tịch trực tuyến trên loa truyền thanh 02 lần/tuần.',
      'Các bộ phận chuyên môn phối hợp thực hiện khi được yêu cầu.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads "Bộ phận <field> xã" as the unit of its heading', () => {
    expect(name(by('khai sinh')?.lead)).toMatch(/^Bộ phận Tư pháp - Hộ tịch xã/);
    expect(name(by('loa truyền thanh')?.lead)).toMatch(/^Bộ phận Văn hóa - Thông tin xã/);
  });

  it('reads several times a week as a weekly cadence', () => {
    expect(by('loa truyền thanh')?.deadline?.recurrence).toMatchObject({ frequency: 'weekly' });
  });

  it('names no unit from "bộ phận" in running text', () => {
    expect(draft.units.map((u) => u.name)).not.toContainEqual(expect.stringMatching(/^Bộ phận chuyên môn/));
  });
});

describe('a state company named by its trade in lower case', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Đối với Công ty TNHH MTV Xổ số kiến thiết Hòa Lộc, đề nghị:',
      '- Rà soát mạng lưới đại lý, hoàn thành trước ngày 30/6/2025.',
      'Đối với Công ty Cổ phần Thoát nước Hòa Lộc, đề nghị:',
      '- Nạo vét cống ngầm trước ngày 15/5/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the trade and the place as one name', () => {
    expect(name(by('đại lý')?.lead)).toBe('Công ty TNHH MTV Xổ số kiến thiết Hòa Lộc');
    expect(name(by('cống ngầm')?.lead)).toBe('Công ty Cổ phần Thoát nước Hòa Lộc');
  });

  it('makes no task of the rest of a name', () => {
    expect(draft.tasks).toHaveLength(2);
  });
});

describe('offices the gazetteer cut or missed', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. NHIỆM VỤ CỤ THỂ',
      '1. Cơ quan Thường trực Ban Chỉ đạo 138 huyện (Công an huyện)',
      'a) Xây dựng kế hoạch kiểm tra liên ngành trước ngày 15/3/2025.',
      '2. Thuế tỉnh Hòa Lộc',
      'Cung cấp danh sách hộ kinh doanh nợ thuế trước ngày 30/4/2025.',
      '3. Chi cục Hải quan khu vực IX',
      'Kiểm soát hàng hóa qua cửa khẩu trong quý II/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the duties under "Cơ quan Thường trực X (Y)" to Y', () => {
    expect(name(by('liên ngành')?.lead)).toMatch(/^Công an huyện/);
  });

  it('reads "Thuế tỉnh" and a regional customs office', () => {
    expect(name(by('nợ thuế')?.lead)).toBe('Thuế tỉnh Hòa Lộc');
    expect(name(by('cửa khẩu')?.lead)).toBe('Chi cục Hải quan khu vực IX');
  });

  it('reads the school of politics in a "Đơn vị chủ trì:" line', () => {
    const lines = ['III. NHIỆM VỤ', '1. Bồi dưỡng cán bộ cấp xã.', '- Đơn vị chủ trì: Trường Chính trị tỉnh Hòa Lộc.', '- Thời hạn: Quý III/2025.'];
    const school = helpers(draftPlan([...HEAD, ...lines].join('\n')));
    expect(school.name(school.by('Bồi dưỡng cán bộ')?.lead)).toBe('Trường Chính trị tỉnh Hòa Lộc');
  });

  it('makes no task of a region', () => {
    expect(draft.tasks.map((t) => t.title)).not.toContainEqual(expect.stringMatching(/^Khu vực/));
  });
});

describe('the results of several periods in one report', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường',
      'Tổng hợp, báo cáo Ủy ban nhân dân huyện kết quả kiểm kê quý I trước ngày 10/4/2025, kết quả 6 tháng trước ngày 10/7/2025.',
      'Báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện 9 tháng trước ngày 05/10/2025 và kết quả cả năm trước ngày 05/12/2025.',
      'Kiểm tra hồ sơ đất công, hoàn thành trước ngày 30/5/2025, kết quả gửi Ủy ban nhân dân huyện.',
    ].join('\n'),
  );

  it('makes one task per period, each with its date', () => {
    expect(draft.tasks.map((t) => t.deadline?.due)).toEqual(['2025-04-09', '2025-07-09', '2025-10-04', '2025-12-04', '2025-05-29']);
  });
});

describe('unit headings among items that carry their own "Đơn vị chủ trì:" lines', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tài chính',
      'Bố trí kinh phí kiểm kê trước ngày 30/6/2025.',
      'Hướng dẫn quyết toán kinh phí trong tháng 12/2025.',
      '2. Ủy ban nhân dân các xã',
      'Cử cán bộ tham gia lớp bồi dưỡng trước ngày 15/7/2025.',
      '3. Bồi dưỡng cán bộ địa chính cấp xã.',
      'Đơn vị chủ trì: Phòng Nội vụ; Thời gian: quý III/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('keeps the duties under the unit headings, led by those units', () => {
    expect(name(by('Bố trí kinh phí')?.lead)).toBe('Sở Tài chính');
    expect(name(by('quyết toán')?.lead)).toBe('Sở Tài chính');
    expect(name(by('lớp bồi dưỡng')?.lead)).toBe('Ủy ban nhân dân các xã');
  });

  it('gives the "Đơn vị chủ trì:" line to its own item only', () => {
    expect(name(by('cán bộ địa chính')?.lead)).toBe('Phòng Nội vụ');
    expect(by('cán bộ địa chính')?.deadline?.due).toBe('2025-09-30');
    expect(draft.tasks).toHaveLength(4);
  });
});

describe('an item written as a sentence, with a paragraph, before a block written once', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. NHIỆM VỤ',
      '1. Rà soát hồ sơ đất công của các xã.',
      'Phát huy vai trò của cán bộ địa chính trong việc cập nhật biến động.',
      '2. Cập nhật cơ sở dữ liệu đất công.',
      '- Cơ quan thực hiện: Phòng Tài nguyên và Môi trường.',
      '- Thời gian thực hiện: quý IV/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('still takes the block', () => {
    expect(name(by('Rà soát hồ sơ')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
  });
});
