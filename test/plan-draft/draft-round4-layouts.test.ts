import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 4 of the drafter): tables pasted without pipes, directives in prose, short forms beside persons, campaign phases with leads in brackets.

describe('a Danh mục table pasted from Word with TABs between cells', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'DANH MỤC NHIỆM VỤ',
      ['TT', 'Tên nhiệm vụ', 'Thời hạn hoàn thành', 'Cơ quan/Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm'].join('\t'),
      ['1', 'Đo đạc, chỉnh lý bản đồ địa chính xã Tân Lập', 'Quý II/2025', 'Phòng Tài nguyên và Môi trường', '', 'Bản đồ'].join('\t'),
      ['2', 'Lập danh sách thửa đất công do UBND xã'].join('\t'),
      ['quản lý', 'Trước ngày 30/9/2025', 'UBND các xã, thị trấn', 'Văn phòng Đăng ký đất đai', 'Danh sách'].join('\t'),
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each row as a duty with its lead and time, whatever the order of the columns', () => {
    expect(name(by('bản đồ địa chính')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('bản đồ địa chính')?.deadline?.due).toBe('2025-06-30');
    expect(name(by('thửa đất công')?.lead)).toMatch(/^UBND các xã, thị trấn/);
    expect(by('thửa đất công')?.deadline?.due).toBe('2025-09-29');
  });

  it('keeps a cell whose text Word broke onto the next line', () => {
    expect(by('thửa đất công')?.title).toMatch(/UBND xã quản lý$/);
  });
});

describe('a table whose columns are lined up with spaces', () => {
  const rows = [
    ['STT', 'Nội dung', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian', 'Ghi chú'],
    ['1', 'Kiểm kê quỹ đất công ích của các xã', 'Phòng Nông nghiệp', '', 'Tháng 5/2025', 'Có biên bản'],
    ['2', 'Công khai kết quả kiểm kê trên cổng thông tin', 'Văn phòng HĐND và UBND huyện', 'Phòng Tư pháp', '30/6/2025', ''],
  ];
  const widths = [5, 48, 32, 18, 16, 12];
  const draft = draftPlan(
    [
      ...HEAD,
      ...rows.map((r) =>
        r
          .map((c, i) => c.padEnd(widths[i]!))
          .join('')
          .trimEnd(),
      ),
      '',
      'Nơi nhận:',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('places each piece in the column it stands under, so an empty cell stays empty', () => {
    expect(name(by('quỹ đất công ích')?.lead)).toBe('Phòng Nông nghiệp');
    expect(by('quỹ đất công ích')?.deadline?.due).toBe('2025-05-31');
    expect(name(by('Công khai kết quả kiểm kê')?.lead)).toMatch(/^Văn phòng HĐND và UBND huyện/);
    expect(by('Công khai kết quả kiểm kê')?.deadline?.due).toBe('2025-06-30');
  });

  it('reads the support column and leaves the note column out', () => {
    expect(by('Công khai kết quả kiểm kê')?.support.map(name)).toEqual(['Phòng Tư pháp']);
    expect(by('quỹ đất công ích')?.support).toEqual([]);
    expect(by('quỹ đất công ích')?.title).not.toMatch(/biên bản/);
  });
});

describe('a directive in prose paragraphs', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÒA LỘC',
      'Số: 07/CT-UBND',
      'Hòa Lộc, ngày 02 tháng 6 năm 2025',
      'CHỈ THỊ',
      'Về điều hành ngân sách những tháng cuối năm 2025',
      'Thu ngân sách 5 tháng đạt 38% dự toán. Để hoàn thành nhiệm vụ năm 2025, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:',
      'Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu phương án tiết kiệm chi thường xuyên trước ngày 10/7/2025; đồng thời hướng dẫn các đơn vị dự toán rà soát kinh phí hội nghị, hoàn thành trước ngày 25/7/2025. Cục Thuế tỉnh rà soát nợ thuế và báo cáo trước ngày 15/8/2025.',
      'Đề nghị Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ các khoản chi, tổng hợp tình hình giải ngân gửi Sở Tài chính trước ngày 30/9/2025.',
      'Ban Quản lý dự án đầu tư xây dựng tỉnh đề xuất điều chuyển vốn các công trình chậm tiến độ trước ngày 20/9/2025.',
      'Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện nghiêm túc thực hiện Chỉ thị này./.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the paragraphs after a lead-in that hands out work ("… chỉ thị:") as duties, each with the unit it names', () => {
    expect(name(by('tiết kiệm chi thường xuyên')?.lead)).toBe('Sở Tài chính');
    expect(by('tiết kiệm chi thường xuyên')?.support.map(name)).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(by('tiết kiệm chi thường xuyên')?.deadline?.due).toBe('2025-07-09');
    expect(name(by('nợ thuế')?.lead)).toMatch(/^Cục Thuế tỉnh/);
    expect(by('nợ thuế')?.deadline?.due).toBe('2025-08-14');
  });

  it('makes a second action with a date of its own after "; đồng thời" a duty of its own', () => {
    expect(by('kinh phí hội nghị')?.title).not.toMatch(/tiết kiệm chi/);
    expect(name(by('kinh phí hội nghị')?.lead)).toBe('Sở Tài chính');
    expect(by('kinh phí hội nghị')?.deadline?.due).toBe('2025-07-24');
  });

  it('knows the State Treasury and a construction project board as units', () => {
    expect(name(by('giải ngân')?.lead)).toMatch(/^Kho bạc Nhà nước tỉnh/);
    expect(name(by('điều chuyển vốn')?.lead)).toMatch(/^Ban Quản lý dự án đầu tư xây dựng tỉnh Hòa Lộc$/);
  });

  it('drafts no task from the closing request', () => {
    expect(by('nghiêm túc thực hiện Chỉ thị')).toBeUndefined();
  });
});

describe('units asked through their heads and named in full', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Đội Cảnh sát giao thông - trật tự tăng cường tuần tra, kiểm soát tải trọng xe trên tuyến đê.',
      '2. Trung tâm Văn hóa - Thể thao và Truyền thông huyện tuyên truyền trên loa truyền thanh trong tháng 3/2025.',
      '3. Yêu cầu Chủ tịch UBND các xã, thị trấn bố trí lực lượng trực kiểm kê, báo cáo trước ngày 30/4/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads a police team and a district centre by their whole sector names', () => {
    expect(name(by('tải trọng xe')?.lead)).toBe('Đội Cảnh sát giao thông - trật tự');
    expect(name(by('loa truyền thanh')?.lead)).toMatch(/^Trung tâm Văn hóa - Thể thao và Truyền thông huyện/);
  });

  it('gives "Yêu cầu Chủ tịch X …" to X, and stops the collective before the verb', () => {
    expect(name(by('lực lượng trực')?.lead)).toBe('UBND các xã, thị trấn');
  });
});

describe("a department's plan with short forms and a column of persons", () => {
  const draft = draftPlan(
    [
      'UBND TỈNH HÒA LỘC',
      'SỞ TƯ PHÁP',
      'Số: 12/KH-STP',
      'Hòa Lộc, ngày 20 tháng 01 năm 2025',
      'KẾ HOẠCH',
      'Công tác pháp chế năm 2025 của Sở',
      'I. PHÂN CÔNG',
      'Phòng Phổ biến, giáo dục pháp luật (sau đây gọi là Phòng PBGDPL), Chi cục Trồng trọt và Bảo vệ thực vật (CCTT&BVTV) và Thanh tra Sở (TTS) thực hiện các nhiệm vụ sau.',
      'II. NHIỆM VỤ',
      '| TT | Nhiệm vụ | Đơn vị chủ trì | Lãnh đạo Sở phụ trách | Thời hạn |',
      '|---|---|---|---|---|',
      '| 1 | Biên soạn tài liệu giới thiệu luật mới | Phòng PBGDPL | Giám đốc Sở Vũ Thanh Bình | Tháng 3/2025 |',
      '| 2 | Tập huấn sử dụng thuốc bảo vệ thực vật an toàn | CCTT&BVTV | Phó Giám đốc Nguyễn Thị Hoa | Quý II/2025 |',
      '| 3 | Kiểm tra công tác pháp chế tại 04 huyện | TTS | Phó Giám đốc Nguyễn Thị Hoa | Trước 30/11/2025 |',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);
  const units = draft.units.map((u) => u.name);

  it('reads offices whose names hold a comma or "và" by the gazetteer, and their short forms after', () => {
    expect(name(by('tài liệu giới thiệu luật')?.lead)).toBe('Phòng Phổ biến, giáo dục pháp luật');
    expect(name(by('thuốc bảo vệ thực vật')?.lead)).toBe('Chi cục Trồng trọt và Bảo vệ thực vật');
  });

  it('reads "Thanh tra Sở" as the department\'s inspectorate', () => {
    expect(name(by('công tác pháp chế tại')?.lead)).toBe('Thanh tra Sở');
  });

  it('makes no unit of a person ("Giám đốc Sở Vũ Thanh Bình") nor of "Sở" at the end of a line', () => {
    expect(units.filter((u) => /Vũ|Thanh Bình|Hoa|^Sở I$|^Vụ /u.test(u))).toEqual([]);
  });
});

describe('a directive whose lead-in names its addressees before the colon', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÒA LỘC',
      'Số: 03/CT-UBND',
      'Hòa Lộc, ngày 02 tháng 6 năm 2025',
      'CHỈ THỊ',
      'Về phòng, chống dịch bệnh mùa mưa năm 2025',
      '',
      'Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện thực hiện tốt các nội dung sau:',
      '',
      'Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức chiến dịch diệt lăng quăng tại các trường học, hoàn thành trước ngày 30/6/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the paragraphs after it as duties', () => {
    expect(name(by('diệt lăng quăng')?.lead)).toBe('Sở Y tế');
    expect(by('diệt lăng quăng')?.deadline?.due).toBe('2025-06-29');
  });
});
