import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 16 of the drafter), one block per class of holdout-12's misses.

describe('a follow-up duty and its recurring report in one item', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nội vụ là đầu mối theo dõi, đôn đốc các xã triển khai Kế hoạch; định kỳ 6 tháng tổng hợp, báo cáo Ủy ban nhân dân huyện.',
      '2. Phòng Y tế theo dõi, đôn đốc các trạm y tế; hằng quý báo cáo Ủy ban nhân dân huyện trước ngày 20 tháng cuối quý.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('makes the report opened by its cadence cite the follow-up duty it reports on', () => {
    const halfYear = draft.tasks.find((t) => t.deadline?.recurrence?.frequency === 'half_yearly');
    expect(halfYear?.source).toMatch(/đầu mối theo dõi, đôn đốc các xã/);
    const quarterly = draft.tasks.find((t) => t.deadline?.recurrence?.frequency === 'quarterly');
    expect(quarterly?.source).toMatch(/đôn đốc các trạm y tế/);
    expect(by('đôn đốc các trạm y tế')?.lead).toBe(quarterly?.lead);
  });
});

describe('a Sở plan pasted from PDF', () => {
  const draft = draftPlan(
    [
      'UBND TỈNH KIM SƠN',
      'SỞ NỘI VỤ',
      'Số: 12/KH-SNV',
      'Kim Sơn, ngày 15 tháng 01 năm 2027',
      'KẾ HOẠCH',
      'Kiểm tra công vụ năm 2027',
      'II. NHIỆM VỤ',
      '1. Phòng Tổ chức, biên chế và Cải cách hành chính (sau đây gọi là Phòng',
      'TCBC-CCHC)',
      'a) Kiểm tra việc sử dụng biên chế tại 04 đơn vị, phối hợp tập huấn cho công chức cấp xã',
      '',
      '2',
      'Sở Nội vụ tỉnh Kim Sơn - KH kiểm tra công vụ 2027',
      'trong tháng 6/2027.',
      'b) Báo cáo Giám đốc Sở kết quả kiểm tra theo định kỳ',
      '6 tháng, hằng năm.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('keeps a heading that names a Phòng written out before its bracketed short form as the lead', () => {
    expect(name(by('sử dụng biên chế')?.lead)).toBe('Phòng Tổ chức, biên chế và Cải cách hành chính');
  });

  it('drops a running header seen once and joins the sentence it cut', () => {
    expect(by('sử dụng biên chế')?.deadline?.due).toBe('2027-06-30');
    expect(draft.tasks.some((t) => t.source.includes('KH kiểm tra công vụ'))).toBe(false);
  });

  it('joins a line wrapped after "định kỳ" to its sentence', () => {
    expect(draft.tasks.some((t) => /^6 tháng/u.test(t.title))).toBe(false);
    expect(by('kết quả kiểm tra theo định kỳ')?.deadline?.recurrence?.frequency).toBe('half_yearly');
  });
});

describe('a heading or lead-in naming several heads or units', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. NHIỆM VỤ',
      '1. Giám đốc Sở Văn hóa và Thể thao, Giám đốc Đài Phát thanh - Truyền hình Hòa Lộc, Tổng Biên tập Báo Hòa Lộc mở chuyên mục về đất công; phát sóng vào tối thứ Sáu hằng tuần.',
      '2. Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh huyện',
      '- In 5.000 tờ rơi trước ngày 15/7/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the first head named the lead, the others support', () => {
    expect(name(by('mở chuyên mục')?.lead)).toBe('Sở Văn hóa và Thể thao');
    expect(by('mở chuyên mục')?.support.length).toBeGreaterThanOrEqual(2);
  });

  it('reads a district centre of culture, sport and broadcasting so the heading gives its lead', () => {
    expect(name(by('In 5.000 tờ rơi')?.lead)).toMatch(/^Phòng Văn hóa/u);
  });
});

describe('Party collectives and requests', () => {
  const draft = draftPlan(
    [
      'HUYỆN ỦY HÒA LỘC',
      'Số: 14-KH/HU',
      'Hòa Lộc, ngày 12 tháng 02 năm 2025',
      'KẾ HOẠCH',
      'Học tập Nghị quyết',
      'II. NHIỆM VỤ',
      '1. Các chi, đảng bộ trực thuộc Huyện ủy tổ chức học tập Nghị quyết trước ngày 31/3/2025.',
      '2. Các đảng bộ, chi bộ cơ sở báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 30/4/2025.',
      '3. Đề nghị Thường trực Hội đồng nhân dân huyện giám sát việc thực hiện trong năm 2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads "các chi, đảng bộ" and "các đảng bộ, chi bộ" as collectives that lead', () => {
    expect(name(by('học tập Nghị quyết trước')?.lead)).toMatch(/^các chi, đảng bộ/iu);
    expect(name(by('báo cáo kết quả về Ban Tuyên giáo')?.lead)).toMatch(/^các đảng bộ, chi bộ/iu);
  });

  it('gives a request to the standing body of a council to the council', () => {
    expect(name(by('giám sát việc thực hiện')?.lead)).toMatch(/Hội đồng nhân dân huyện/u);
  });
});

describe('period lines under a time heading are phases', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. THỜI GIAN',
      '1. Kiểm kê',
      'Triển khai từ ngày 01/3/2025 đến ngày 30/11/2025, chia làm 02 đợt cao điểm:',
      '- Đợt cao điểm thứ nhất khởi động ngày 10/3/2025, kết thúc ngày 30/4/2025;',
      '- Đợt cao điểm thứ hai bắt đầu 01/8/2025, kết thúc 15/9/2025.',
      '2. Cấp giấy',
      'Từ tháng 4/2025 đến hết tháng 10/2025; phấn đấu cấp xong giấy chứng nhận trước ngày 30/9/2025.',
      'III. NHIỆM VỤ',
      '1. Phòng Tài nguyên và Môi trường kiểm kê đất công theo từng đợt.',
    ].join('\n'),
  );

  it('reads a period followed by its rounds or its aim as a phase', () => {
    const spans = draft.phases.map((p) => `${p.start}..${p.end}`);
    expect(spans).toContain('2025-03-01..2025-11-30');
    expect(spans).toContain('2025-04-01..2025-10-31');
  });

  it('reads rounds named by their ordinal, with their own start and end, as phases', () => {
    const spans = draft.phases.map((p) => `${p.start}..${p.end}`);
    expect(spans).toContain('2025-03-10..2025-04-30');
    expect(spans).toContain('2025-08-01..2025-09-15');
  });

  it('drafts none of the period lines as a task', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([expect.stringMatching(/^Kiểm kê đất công/u)]);
  });
});

describe('newspapers and journals named in sentence case', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. NHIỆM VỤ',
      '1. Báo Xây dựng mở chuyên trang về nhà ở xã hội trong quý II/2025.',
      '2. Đề nghị Báo Giáo dục và Thời đại đăng loạt bài về kỳ thi trong tháng 6/2025.',
      '3. Tạp chí Kinh tế và Dự báo đăng bài phân tích trước ngày 15/12/2025.',
      '4. Báo Hòa Lộc đưa tin về đất công.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the whole name of a national paper after "Báo" or "Tạp chí"', () => {
    expect(name(by('chuyên trang')?.lead)).toBe('Báo Xây dựng');
    expect(name(by('kỳ thi')?.lead)).toBe('Báo Giáo dục và Thời đại');
    expect(name(by('bài phân tích')?.lead)).toBe('Tạp chí Kinh tế và Dự báo');
  });

  it('still reads a provincial paper by its place name only', () => {
    expect(name(by('đưa tin về đất công')?.lead)).toBe('Báo Hòa Lộc');
  });
});

describe("a town's public-service boards and a collective heading that names its area", () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. NHIỆM VỤ',
      '1. Ban Quản lý dịch vụ công ích huyện',
      '- Thu gom rác tại các chợ vào thứ Hai hằng tuần.',
      '2. Chủ tịch Ủy ban nhân dân các xã, thị trấn trong huyện',
      '- Tổ chức ra quân tổng vệ sinh vào ngày 05/6/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads "Ban Quản lý dịch vụ công ích" with its level as a unit that leads', () => {
    expect(name(by('Thu gom rác tại các chợ')?.lead)).toMatch(/^Ban Quản lý dịch vụ công ích huyện/u);
  });

  it('drafts no task from the area after a collective in a heading', () => {
    expect(draft.tasks.some((t) => /^trong huyện$/iu.test(t.title))).toBe(false);
    expect(name(by('ra quân tổng vệ sinh')?.lead)).toMatch(/xã, thị trấn/u);
  });
});

describe('one duty with a deadline for each of two scopes', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. NHIỆM VỤ',
      '1. Phòng Tài nguyên và Môi trường cắm mốc ranh giới đất công, hoàn thành trước ngày 30/6/2025 đối với các xã vùng đồng bằng và trước ngày 30/11/2025 đối với các xã miền núi.',
      '2. Phòng Tư pháp rà soát hồ sơ đất công đối với các thửa đất đã cấp giấy trước ngày 30/4/2025.',
    ].join('\n'),
  );

  it('drafts a task per scope, each with its own time', () => {
    const marking = draft.tasks.filter((t) => t.source.includes('cắm mốc ranh giới'));
    expect(marking.map((t) => t.deadline?.due)).toEqual(['2025-06-29', '2025-11-29']);
    expect(marking[1]?.title).toMatch(/miền núi/u);
  });

  it('keeps a duty with one scope and one time whole', () => {
    expect(draft.tasks.filter((t) => t.source.includes('rà soát hồ sơ đất công'))).toHaveLength(1);
  });
});

describe('advice given when a condition is met, between an undated duty and a dated one', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. NHIỆM VỤ',
      '1. Phòng Nông nghiệp huyện hướng dẫn các xã tiêu độc chuồng trại; tham mưu Ủy ban nhân dân huyện công bố hết dịch khi đủ điều kiện; tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 30/10/2025.',
    ].join('\n'),
  );

  it('drafts the advice as a duty of its own, with no date', () => {
    const advice = draft.tasks.find((t) => /^Tham mưu/u.test(t.title));
    expect(advice?.source).toMatch(/công bố hết dịch khi đủ điều kiện/u);
    expect(advice?.source).not.toMatch(/tiêu độc/u);
    expect(advice?.deadline).toBeUndefined();
  });
});
