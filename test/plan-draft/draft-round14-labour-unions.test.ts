import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 14 of the drafter): the Liên đoàn Lao động's boards and unions as unit headings.

describe("the Liên đoàn Lao động's boards and unions as leads", () => {
  const draft = draftPlan(
    [
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH BẢO SƠN',
      'Số: 31/KH-LĐLĐ',
      'Bảo Sơn, ngày 10 tháng 4 năm 2028',
      'KẾ HOẠCH',
      'Tổ chức Tháng hành động về an toàn, vệ sinh lao động năm 2028',
      'II. NHIỆM VỤ',
      '1. Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh',
      'Tổ chức kiểm tra việc thực hiện chế độ bảo hộ lao động tại 10 doanh nghiệp trong tháng 5/2028.',
      '2. Công đoàn cơ sở',
      'Phối hợp với người sử dụng lao động tổ chức diễn tập phòng cháy tại doanh nghiệp.',
      '3. Công đoàn các Khu công nghiệp tỉnh',
      'Tuyên truyền về an toàn lao động tại khu nhà trọ công nhân trong tháng 5/2028.',
      '4. Công đoàn Y tế tỉnh',
      'Tập huấn sơ cấp cứu cho an toàn, vệ sinh viên trước ngày 20/5/2028.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads "Ban Chính sách - Pháp luật" of the Liên đoàn as a board', () => {
    expect(name(by('chế độ bảo hộ lao động')?.lead)).toBe('Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh');
  });

  it('reads the unions as units: grassroots, of the industrial zones, of a trade', () => {
    expect(name(by('diễn tập phòng cháy')?.lead)).toBe('Công đoàn cơ sở');
    expect(name(by('khu nhà trọ công nhân')?.lead)).toMatch(/^Công đoàn các Khu công nghiệp tỉnh/);
    expect(name(by('sơ cấp cứu')?.lead)).toMatch(/^Công đoàn Y tế tỉnh/);
  });
});

describe('"các công đoàn ngành" as a collective', () => {
  const draft = draftPlan(
    [
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH BẢO SƠN',
      'Số: 32/KH-LĐLĐ',
      'Bảo Sơn, ngày 12 tháng 4 năm 2028',
      'KẾ HOẠCH',
      'Phát triển đoàn viên năm 2028',
      'II. NHIỆM VỤ',
      '1. Các công đoàn ngành',
      'Vận động người lao động tại các doanh nghiệp trong ngành gia nhập tổ chức công đoàn.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads "công đoàn" inside a collective, as "công chức" was', () => {
    expect(name(by('gia nhập tổ chức công đoàn')?.lead)).toMatch(/^[Cc]ác công đoàn ngành$/u);
  });
});
