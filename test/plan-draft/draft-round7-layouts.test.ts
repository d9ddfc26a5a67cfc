import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 7 of the drafter): teams and hospital departments named in
// headings, a pipe table without outer pipes, an em-dash table with no STT column, countdown steps as headings.

describe('teams ("Tổ …") and departments ("Khoa …") named in headings', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. PHÂN CÔNG NHIỆM VỤ',
      '1. Tổ Cảnh sát khu vực',
      '- Rà soát người có tiền án, tiền sự đang cư trú, hoàn thành trước ngày 15/3/2025.',
      '- Tổ chức tổng kiểm tra cư trú tại các khu nhà trọ trong tháng 4/2025.',
      '2. Tổ Ngoại ngữ - Tin học',
      '- Tập huấn phần mềm quản lý học tập trong tháng 5/2025.',
      '3. Khoa Kiểm soát bệnh tật',
      '- Dự trù vắc xin cho cả năm, xong trước ngày 30/3/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('carries the team or department to the items under it', () => {
    expect(name(by('tiền án')?.lead)).toBe('Tổ Cảnh sát khu vực');
    expect(name(by('nhà trọ')?.lead)).toBe('Tổ Cảnh sát khu vực');
    expect(name(by('phần mềm quản lý')?.lead)).toBe('Tổ Ngoại ngữ - Tin học');
    expect(name(by('vắc xin')?.lead)).toBe('Khoa Kiểm soát bệnh tật');
  });

  it('reads "Tổ chức …" as a verb, not a team', () => {
    expect(draft.units.map((u) => u.name).join('|')).not.toMatch(/Tổ chức/);
  });
});

describe('an office of every unit of a level ("Trạm Y tế các xã, thị trấn")', () => {
  const draft = draftPlan([...HEAD, 'II. NHIỆM VỤ', '1. Trạm Y tế các xã, thị trấn lập danh sách trẻ cần tiêm, hoàn thành trước ngày 20/02/2025.'].join('\n'));
  const { by, name } = helpers(draft);

  it('is a collective lead', () => {
    expect(name(by('danh sách trẻ')?.lead)).toBe('Trạm Y tế các xã, thị trấn');
  });
});

describe('a pipe table typed without the outer pipes', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. DANH MỤC CÔNG VIỆC',
      'STT | Công việc | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian | Dự toán (triệu đồng)',
      'A | CÔNG TRÌNH HẠ TẦNG | | | | 2.150',
      '1 | Lát lại vỉa hè đường Lê Lợi | Phòng Kinh tế, Hạ tầng và Đô thị | Các xã | Quý II/2025 | 1.400',
      '2 | Chi phí tư vấn, giám sát | | | | 150',
      '| TỔNG CỘNG | | | | 1.550',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the rows like any assignment table, and money rows with no unit are no tasks', () => {
    expect(name(by('vỉa hè')?.lead)).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(by('vỉa hè')?.deadline?.due).toBe('2025-06-30');
    expect(by('vỉa hè')?.title).not.toContain('|');
    expect(draft.tasks).toHaveLength(1);
  });
});

describe('an em-dash table with no STT column, a blank line and group rows on their own lines', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. PHÂN CÔNG THỰC HIỆN',
      'Hoạt động — Đơn vị thực hiện — Thời gian hoàn thành',
      '',
      'A. Công tác chuẩn bị',
      '1. Dự trù vắc xin, bơm kim tiêm cho cả năm — Khoa Kiểm soát bệnh tật (chủ trì); Khoa Dược (phối hợp) — Trước 28/02/2025',
      '',
      'B. Báo cáo',
      '2. Báo cáo kết quả tiêm chủng trước ngày 05 hằng tháng — Khoa Kiểm soát bệnh tật — Hằng tháng',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each row with its lead and time, and the group rows are headings', () => {
    expect(name(by('Dự trù vắc xin')?.lead)).toBe('Khoa Kiểm soát bệnh tật');
    expect(by('Dự trù vắc xin')?.deadline?.due).toBe('2025-02-27');
    expect(draft.tasks).toHaveLength(2);
  });

  it('takes the day of a bare cadence cell ("Hằng tháng") from the duty ("trước ngày 05 hằng tháng")', () => {
    expect(by('Báo cáo kết quả tiêm chủng')?.deadline?.recurrence?.dayOfPeriod).toBe(5);
  });
});

describe('countdown steps written as headings without a colon', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Thời gian: khai mạc lúc 07 giờ 00, thứ Bảy, ngày 12/4/2025 (01 ngày).',
      '2. Địa điểm: Nhà Văn hóa huyện.',
      'III. TIẾN ĐỘ THỰC HIỆN (tính đến ngày khai mạc 12/4/2025)',
      '1. Trước 20 ngày',
      '- Phòng Văn hóa và Thông tin: tham mưu ban hành Điều lệ Hội thi.',
      '2. Ngày tổ chức (12/4/2025)',
      '- Trung tâm Y tế huyện: bố trí cán bộ trực sơ cấp cứu.',
      '3. Sau Hội thi',
      '- Phòng Văn hóa và Thông tin: thanh quyết toán kinh phí trong vòng 15 ngày sau Hội thi.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('dates the duties under each step from the event date, flagged for review', () => {
    expect(by('Điều lệ Hội thi')?.deadline?.due).toBe('2025-03-23');
    expect(by('Điều lệ Hội thi')?.review).toBe(true);
    expect(by('sơ cấp cứu')?.deadline?.due).toBe('2025-04-12');
    expect(by('thanh quyết toán')?.deadline?.due).toBe('2025-04-27');
  });

  it('makes no task of the event statement or of the heading that names the event day', () => {
    expect(draft.tasks.map((t) => t.title)).toHaveLength(3);
  });
});

describe('bullets that open with their units in capitals (round 7)', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ TRỌNG TÂM',
      '- PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG: chủ trì rà soát diện tích cây trồng thiếu nước; lập kế hoạch điều tiết nước, trình UBND huyện trước ngày 15/3/2025.',
      '- CÔNG TY CỔ PHẦN CẤP NƯỚC NINH THUẬN: bảo đảm cấp nước cho 100% khách hàng, lắp đặt 02 trạm bơm tăng áp trước ngày 30/4/2025.',
      '- PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ, ĐIỆN LỰC NINH PHƯỚC: kiểm tra hệ thống điện các trạm bơm trong tháng 3/2025.',
      'Các phòng, đơn vị căn cứ nhiệm vụ được phân công triển khai thực hiện; Văn phòng HĐND và UBND huyện tổng hợp, báo cáo kết quả trước ngày 10/5/2025.',
      'Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('keeps each part of a sector name and reads two units in one label, the first leading', () => {
    expect(name(by('rà soát diện tích')?.lead)).toBe('Phòng Nông nghiệp và Môi trường');
    expect(by('rà soát diện tích')?.title).toBe('Chủ trì rà soát diện tích cây trồng thiếu nước');
    expect(name(by('hệ thống điện')?.lead)).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(by('hệ thống điện')?.support.map(name)).toContain('Điện lực Ninh Phước');
  });

  it('reads a company in capitals with its place, and a percentage in its duty is no target', () => {
    expect(name(by('trạm bơm tăng áp')?.lead)).toBe('Công ty Cổ phần Cấp nước Ninh Thuận');
    expect(by('trạm bơm tăng áp')?.deadline?.due).toBe('2025-04-29');
  });

  it('makes no task of acting on the assignment or of the notice closing', () => {
    expect(draft.tasks.some((t) => /căn cứ nhiệm vụ|thông báo để/.test(t.title))).toBe(false);
    expect(by('tổng hợp, báo cáo kết quả')?.deadline?.due).toBe('2025-05-09');
  });
});

describe('parts of a plan that are no duties (round 7)', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. THỜI GIAN, PHẠM VI',
      '- Thời gian triển khai: từ ngày 01/3/2025 đến ngày 30/6/2025.',
      '- Phạm vi: các cơ quan nhà nước và doanh nghiệp trên địa bàn huyện.',
      'III. CÁC HOẠT ĐỘNG',
      'Giai đoạn 1 (từ ngày 01/3/2025 đến ngày 31/3/2025): Tuyên truyền cao điểm trên toàn huyện',
      '1. Phòng Văn hóa và Thông tin biên soạn tài liệu hỏi - đáp, hoàn thành trước ngày 15/3/2025.',
      'IV. NHIỆM VỤ KỸ THUẬT',
      '1. Nâng cấp hệ thống thông tin đạt an toàn thông tin cấp độ 2 (Cơ quan chủ trì: Văn phòng HĐND và UBND huyện; thời gian: hoàn thành trong tháng 9/2025).',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads a heading that names parts of the plan as no duty, its period line as a phase', () => {
    expect(draft.tasks.map((t) => t.title)).toHaveLength(2);
    expect(draft.phases.some((p) => p.start === '2025-03-01' && p.end === '2025-06-30')).toBe(true);
  });

  it('keeps a phase line over numbered items a phase, with no peak task from its name', () => {
    expect(draft.phases.some((p) => p.start === '2025-03-01' && p.end === '2025-03-31')).toBe(true);
    expect(draft.tasks.some((t) => /Giai đoạn|Cao điểm/.test(t.title))).toBe(false);
  });

  it('reads a bracketed duty whose text ends in a number ("cấp độ 2 (Cơ quan chủ trì: …)")', () => {
    expect(name(by('cấp độ 2')?.lead)).toBe('Văn phòng HĐND và UBND huyện Hòa Lộc');
    expect(by('cấp độ 2')?.deadline?.due).toBe('2025-09-30');
  });
});

describe('leads outside the state gazetteer (round 7)', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. NHIỆM VỤ',
      '1. Các chủ đầu tư lập tiến độ giải ngân chi tiết, gửi UBND huyện trước ngày 10/02/2025.',
      '2. Hợp tác xã nông nghiệp Tân Phú triển khai mô hình liên kết sản xuất lúa trong quý II/2025.',
      '3. Ban phát triển các ấp vận động nhân dân hiến đất mở đường, hoàn thành trước ngày 30/4/2025.',
      '4. Tổ xung kích các ấp ra quân dọn vệ sinh các tuyến đường trong tháng 3/2025.',
      '5. Tổ chức tổng kết năm trong tháng 12/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads project owners, a cooperative with its place, hamlet boards and task teams as leads', () => {
    expect(name(by('tiến độ giải ngân')?.lead)).toBe('các chủ đầu tư');
    expect(name(by('liên kết sản xuất')?.lead)).toBe('Hợp tác xã nông nghiệp Tân Phú');
    expect(name(by('hiến đất')?.lead)).toBe('Ban phát triển các ấp');
    expect(name(by('dọn vệ sinh')?.lead)).toBe('Tổ xung kích các ấp');
    expect(by('tổng kết năm')?.lead).toBeUndefined();
  });
});

describe('letters and digits pulled apart by a scan in running text (round 7)', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. PHÂN CÔNG',
      '1. Phòng Tài chính - K ế hoạch: Tham mưu phân bổ kinh phí trước ngày 2 0/4/2025; hướng dẫn thanh quyết toán trong tháng 1 2/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('joins the syllable and the day back', () => {
    expect(name(by('phân bổ kinh phí')?.lead)).toBe('Phòng Tài chính - Kế hoạch');
    expect(by('phân bổ kinh phí')?.deadline?.due).toBe('2025-04-19');
    expect(by('thanh quyết toán')?.deadline?.due).toBe('2025-12-31');
  });
});

describe('a subject followed by a long bracket naming its standing role (round 7)', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Điều 1. Ban hành Phương án phòng cháy, chữa cháy rừng mùa khô năm 2025; diện tích rừng có nguy cơ cháy cao là 12.400 ha.',
      'Điều 2. Tổ chức thực hiện',
      'Phòng Nông nghiệp và Môi trường (Cơ quan thường trực Ban Chỉ đạo thực hiện Chương trình phát triển lâm nghiệp bền vững huyện) chủ trì, phối hợp với Ủy ban nhân dân các xã cập nhật bản đồ vùng trọng điểm cháy rừng, hoàn thành trước ngày 28/02/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the unit before the bracket as the lead, and the adopting article as no duty', () => {
    expect(name(by('bản đồ vùng trọng điểm')?.lead)).toBe('Phòng Nông nghiệp và Môi trường');
    expect(draft.tasks).toHaveLength(1);
  });
});

describe('"Phối hợp X …" with its lead in a closing bracket, heads of highland hamlets (round 7)', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. PHÂN CÔNG',
      '1. Phối hợp Trường Tiểu học Hòa Lộc tuyên truyền cho phụ huynh về tiêm chủng trước ngày 31/3/2025 (Hội Liên hiệp Phụ nữ huyện chủ trì).',
      '2. Trưởng các bản, sóc: vận động gia đình đưa trẻ đi tiêm đúng lịch, hoàn thành trước ngày 15/4/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it("takes the bracket's unit as the lead, and the heads of the hamlets as a collective", () => {
    expect(name(by('tuyên truyền cho phụ huynh')?.lead)).toBe('Hội Liên hiệp Phụ nữ huyện Hòa Lộc');
    expect(name(by('đưa trẻ đi tiêm')?.lead)).toBe('Trưởng các bản, sóc');
  });
});

describe('a report due on the same day six months apart (round 7)', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. NHIỆM VỤ',
      '1. Các phòng, ban gửi báo cáo công tác văn thư, lưu trữ về Văn phòng HĐND và UBND huyện trước ngày 15/6 và ngày 15/12 hằng năm.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('is half-yearly, flagged to write the day, and the title drops both dates', () => {
    const task = by('văn thư, lưu trữ');
    expect(task?.deadline?.recurrence?.frequency).toBe('half_yearly');
    expect(task?.review).toBe(true);
    expect(task?.title).not.toMatch(/15\/12/);
  });
});
