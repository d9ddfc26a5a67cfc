import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 13 of the drafter): an association's own boards as the headings of its plan.

const HEAD = [
  'HỘI CỰU CHIẾN BINH TỈNH BÌNH LÂM',
  'BAN CHẤP HÀNH',
  'Số 17-KH/CCB',
  'Bình Lâm, ngày 05 tháng 3 năm 2026',
  'KẾ HOẠCH',
  'Công tác tuyên truyền năm 2026',
];

describe("an association's boards as unit headings", () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Ban Thường vụ Hội Cựu chiến binh tỉnh',
      'a) Chỉ đạo các huyện hội sơ kết công tác tuyên truyền trong tháng 7/2026.',
      'b) Duy trì giao ban với các ban chuyên môn của Hội.',
      '2. Ban Tuyên huấn',
      'a) Biên soạn tài liệu sinh hoạt chuyên đề, phát hành trước ngày 30/4/2026.',
      'b) Cập nhật tin, bài trên trang thông tin điện tử của Hội.',
      '3. Ban Thường vụ Hội Người cao tuổi huyện',
      'Phối hợp tổ chức tọa đàm truyền thống trong quý III/2026.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads "Ban Thường vụ" with the association and level after it as one board, not "Ban Thường vụ Hội"', () => {
    expect(name(by('sơ kết công tác tuyên truyền')?.lead)).toBe('Ban Thường vụ Hội Cựu chiến binh tỉnh');
    expect(name(by('tọa đàm truyền thống')?.lead)).toBe('Ban Thường vụ Hội Người cao tuổi huyện');
  });

  it('gives undated items under a board heading to the board', () => {
    expect(name(by('Duy trì giao ban')?.lead)).toBe('Ban Thường vụ Hội Cựu chiến binh tỉnh');
  });

  it('reads the propaganda board named alone ("Ban Tuyên huấn") as a unit heading', () => {
    expect(name(by('tài liệu sinh hoạt chuyên đề')?.lead)).toBe('Ban Tuyên huấn');
    expect(name(by('trang thông tin điện tử')?.lead)).toBe('Ban Tuyên huấn');
  });
});
