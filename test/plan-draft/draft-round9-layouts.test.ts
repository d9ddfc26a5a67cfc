import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 9 of the drafter): headings that name a ministry department with its code,
// and a Party committee named by the body it leads.

describe('a ministry department heading closed by its code', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Cục Cảnh sát giao thông (C08)',
      'a) Tổ chức tuần tra, kiểm soát, hoàn thành trước ngày 30/6/2025.',
      '2. Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07)',
      'Ban hành hướng dẫn an toàn khu vực sạc xe điện, hoàn thành trước ngày 30/4/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('names the whole department, lower-case words and commas included', () => {
    expect(name(by('tuần tra')?.lead)).toBe('Cục Cảnh sát giao thông');
    expect(name(by('sạc xe điện')?.lead)).toBe('Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ');
  });

  it('makes no task of the rest of the heading', () => {
    expect(draft.tasks.map((t) => t.title)).not.toContain('Giao thông');
    expect(draft.tasks).toHaveLength(2);
  });
});

describe('a Party committee named by the body it leads', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Đảng ủy Ủy ban nhân dân thành phố',
      'Lãnh đạo xây dựng Kế hoạch thực hiện, ban hành trước ngày 30/11/2025.',
      '2. Đảng ủy đặc khu Hòn Ngư',
      'Lãnh đạo xây dựng mô hình "Làng chài xanh", hoàn thành trước ngày 30/6/2026.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads one unit, the committee of that body', () => {
    expect(name(by('Kế hoạch thực hiện')?.lead)).toBe('Đảng ủy Ủy ban nhân dân thành phố');
    expect(name(by('Làng chài xanh')?.lead)).toBe('Đảng ủy đặc khu Hòn Ngư');
  });
});

describe('a letter that turns to another addressee with "Đối với X, đề nghị:"', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Bộ đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo thực hiện các nội dung sau:',
      '1. Bố trí kinh phí tổ chức chiến dịch tiêm bổ sung, hoàn thành trước ngày 15/10/2025.',
      'Đối với Sở Y tế các tỉnh, thành phố, đề nghị:',
      'a) Tăng cường giám sát, phát hiện sớm ca bệnh tại cộng đồng.',
      'b) Rà soát, lập danh sách trẻ chưa tiêm, hoàn thành trước ngày 10/9/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the items under the lead-in to the unit it turns to', () => {
    expect(name(by('Bố trí kinh phí')?.lead)).toMatch(/^Ủy ban nhân dân các tỉnh/);
    expect(name(by('giám sát')?.lead)).toBe('Sở Y tế các tỉnh, thành phố');
    expect(name(by('danh sách trẻ')?.lead)).toBe('Sở Y tế các tỉnh, thành phố');
  });
});

// The real answer keys (../shared/plans/dev 04-25) count "nếu có vướng mắc … báo cáo về Sở … để tổng hợp" as a
// conditional reporting duty of the units it names, so the drafter keeps it (round 9 briefly dropped it).
describe('the closing request about problems', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Cục Cảnh sát hình sự tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 15/12/2025.',
      '2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Bộ (qua Cục Cảnh sát hình sự) để được hướng dẫn./.',
      '3. Ban Chỉ đạo phường phân công thành viên theo dõi địa bàn. Trong quá trình thực hiện nếu có khó khăn, vướng mắc, báo cáo về Ban Chỉ đạo để kịp thời chỉ đạo.',
    ].join('\n'),
  );

  it('keeps it as a conditional reporting duty, as the real keys do', () => {
    expect(draft.tasks.some((t) => /để được hướng dẫn/u.test(t.source))).toBe(true);
    expect(draft.tasks.some((t) => /báo cáo Bộ trưởng/u.test(t.source))).toBe(true);
  });

  it('keeps it as a duty after a unit’s own work in its item', () => {
    expect(draft.tasks.some((t) => /để kịp thời chỉ đạo/u.test(t.source))).toBe(true);
  });
});

describe('a letter’s and a plan’s closing lines', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Sở Y tế tổ chức giám sát ca bệnh, báo cáo trước ngày 10/9/2025.',
      'Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm, chỉ đạo thực hiện./.',
      'Trên đây là Kế hoạch phòng, chống dịch bệnh động vật năm 2025 của Sở',
      'Nông nghiệp và Môi trường tỉnh Đồng Khê./.',
    ].join('\n'),
  );

  it('makes no task of "đề nghị … quan tâm, chỉ đạo thực hiện" nor of "Trên đây là Kế hoạch …"', () => {
    expect(draft.tasks.map((t) => t.source)).toEqual([expect.stringMatching(/^Sở Y tế tổ chức giám sát/u)]);
  });
});

describe('a Party collective with its owner as a heading', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Các cấp ủy, tổ chức đảng trực thuộc Thành ủy',
      '- Tổ chức học tập, quán triệt Nghị quyết, hoàn thành trước ngày 31/12/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the whole heading as the collective, leaving no task of "trực thuộc Thành ủy"', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([expect.stringMatching(/^Tổ chức học tập/u)]);
    expect(name(by('học tập')?.lead)).toMatch(/^các cấp ủy, tổ chức đảng trực thuộc Thành ủy$/iu);
  });
});
