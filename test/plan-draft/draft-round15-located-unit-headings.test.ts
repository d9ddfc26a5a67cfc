import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 15 of the drafter): unit headings that end in where the units are, schools named by level.

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'XÃ AN PHÚ',
  'Số: 70/KH-UBND',
  'An Phú, ngày 04 tháng 9 năm 2029',
  'KẾ HOẠCH',
  'Phòng, chống dịch bệnh trong trường học năm học 2029 - 2030',
  'II. NHIỆM VỤ',
];

describe('a unit heading that ends in where the units are', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      '1. Các trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn xã',
      'Tổ chức vệ sinh, khử khuẩn lớp học trước ngày 10/9/2029. Bàn giao danh sách học sinh có bệnh nền cho Trạm Y tế xã.',
      '2. Đề nghị Hội Nông dân xã và các hội, đoàn thể ở xã',
      'Vận động hội viên đưa con em đi tiêm chủng đầy đủ; Hội Cựu chiến binh xã tham gia giám sát vệ sinh quanh trường.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the schools by their levels as the lead of the lines under them', () => {
    expect(name(by('khử khuẩn lớp học')?.lead)).toMatch(/^các trường mầm non, tiểu học, trung học cơ sở$/iu);
  });

  it('a new sentence that hands something over after a dated one is a duty of its own', () => {
    const handOver = by('Bàn giao danh sách');
    expect(handOver).toBeDefined();
    expect(handOver?.deadline).toBeUndefined();
    expect(handOver?.lead).toBe(by('khử khuẩn lớp học')?.lead);
  });

  it('a request heading "Đề nghị X và các hội, đoàn thể ở xã" is no task; its paragraph is', () => {
    expect(draft.tasks.some((t) => t.title.startsWith('Đề nghị'))).toBe(false);
    expect(name(by('Vận động hội viên')?.lead)).toMatch(/^Hội Nông dân xã/u);
    expect(name(by('giám sát vệ sinh')?.lead)).toMatch(/^Hội Cựu chiến binh xã/u);
  });
});
