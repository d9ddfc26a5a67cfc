import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 20 of the drafter): a campaign's activities over role lines, and what follows them.

const HEAD = [
  'SỞ Y TẾ TỈNH NAM HÀ',
  'TRUNG TÂM Y TẾ HUYỆN HÒA LỘC',
  'Số: 9/KH-TTYT',
  'Hòa Lộc, ngày 02 tháng 3 năm 2029',
  'KẾ HOẠCH',
  'Chiến dịch vệ sinh môi trường năm 2029',
];

describe('activities over role lines', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. THỜI GIAN',
      'Chiến dịch chia làm hai đợt:',
      '- Đợt 1: từ ngày 05/4/2029 đến ngày 20/4/2029.',
      '- Đợt 2: từ ngày 10/8/2029 đến ngày 25/8/2029.',
      'II. HOẠT ĐỘNG',
      '1. Ra quân vệ sinh môi trường tại khu dân cư',
      '- Đơn vị thực hiện: Trạm Y tế các xã, thị trấn.',
      '- Thời gian: theo hai đợt tại mục I.',
      'Riêng Trạm Y tế xã Hòa Phú tổ chức thêm ra quân tại chợ Hòa Phú từ ngày 02/5/2029 đến ngày 10/5/2029, báo cáo kết quả về Khoa Y tế công cộng trước ngày 20/5/2029.',
      '2. Giám sát ổ dịch',
      '- Đơn vị thực hiện: Khoa Phòng, chống bệnh truyền nhiễm.',
      '- Nội dung: bố trí đội đáp ứng nhanh, cập nhật hướng dẫn xử lý ổ dịch.',
      'Khi có từ 02 ca bệnh trở lên trong một thôn, Khoa Phòng, chống bệnh truyền nhiễm đề xuất Giám đốc phun hóa chất.',
      '3. Kinh phí',
      '- Đơn vị thực hiện: Phòng Tài chính - Kế toán lập dự toán, trình Giám đốc.',
      '- Thời gian: trước ngày 20/3/2029.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('dates a duty done "theo hai đợt" by the end of the last round, flagged', () => {
    const rounds = by('Ra quân vệ sinh');
    expect(rounds?.deadline?.due).toBe('2029-08-25');
    expect(rounds?.reviewNotes.join(' ')).toContain('lấy ngày kết thúc Đợt 2');
  });

  it('makes the sentence singling out one unit its own duties: the work over a span, then its report', () => {
    const extra = by('chợ Hòa Phú');
    expect(name(extra?.lead)).toBe('Trạm Y tế xã Hòa Phú');
    expect(extra?.deadline?.due).toBe('2029-05-10');
    const report = draft.tasks.find((t) => t.title.startsWith('Báo cáo kết quả về Khoa Y tế công cộng'));
    expect(name(report?.lead)).toBe('Trạm Y tế xã Hòa Phú');
    expect(report?.deadline?.due).toBe('2029-05-19');
    expect(by('Ra quân vệ sinh')?.source).not.toContain('chợ Hòa Phú');
  });

  it('keeps "- Nội dung:" with its activity and reads a conditional sentence after the role lines as a duty of its own', () => {
    const watch = by('Giám sát ổ dịch');
    expect(name(watch?.lead)).toBe('Khoa Phòng, chống bệnh truyền nhiễm');
    expect(watch?.source).toContain('đội đáp ứng nhanh');
    expect(draft.tasks.some((t) => t.title.startsWith('Nội dung'))).toBe(false);
    expect(name(by('phun hóa chất')?.lead)).toBe('Khoa Phòng, chống bệnh truyền nhiễm');
  });

  it('reads "3. Kinh phí" with its doer line as an activity, not a funding rule', () => {
    const budget = by('lập dự toán');
    expect(name(budget?.lead)).toBe('Phòng Tài chính - Kế toán');
    expect(budget?.deadline?.due).toBe('2029-03-19');
  });
});

describe('a part title in capitals that ends with a year', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. HỘI NGHỊ SƠ KẾT CHIẾN DỊCH NĂM 2029',
      '1. Khoa Y tế công cộng chuẩn bị báo cáo sơ kết.',
      '2. Phòng Kế hoạch - Nghiệp vụ chuẩn bị hội trường.',
    ].join('\n'),
  );

  it('is no duty due at the end of that year', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual(['Chuẩn bị báo cáo sơ kết', 'Chuẩn bị hội trường']);
  });
});

describe('a numbered item that only gives a labelled span ("3. Thời gian cao điểm …: từ … đến …")', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. ĐỊA BÀN VÀ THỜI GIAN',
      '1. Địa bàn trọng điểm: các xã ven sông.',
      '2. Thời gian cao điểm vệ sinh môi trường: từ ngày 01/6/2029 đến ngày 31/7/2029.',
      'III. NHIỆM VỤ',
      '1. Trạm Y tế các xã, thị trấn tổ chức tổng vệ sinh, xong trước ngày 15/6/2029.',
    ].join('\n'),
  );

  it('is a phase of the plan, not a task', () => {
    expect(draft.phases.map((p) => [p.name, p.start, p.end])).toEqual([['Thời gian cao điểm vệ sinh môi trường', '2029-06-01', '2029-07-31']]);
    expect(draft.tasks.some((t) => t.title.startsWith('Thời gian cao điểm'))).toBe(false);
  });
});
