import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 39 of the drafter): a school's calendar whose lines open with the school's own posts and
// teams (form teachers, the school nurse, the librarian, the Pioneers' leader, the teachers' youth cell, the counselling team).

describe("a school's calendar led by its posts and teams", () => {
  const draft = draftPlan(
    [
      'TRƯỜNG THCS HÒA PHÚ',
      'Số: 18/KH-THCS',
      'Hòa Phú, ngày 05 tháng 9 năm 2028',
      'KẾ HOẠCH',
      'Giáo dục an toàn trường học năm học 2028 - 2029',
      'I. NỘI DUNG',
      '- Giáo viên chủ nhiệm lớp 6 hướng dẫn học sinh nội quy phòng thí nghiệm trước ngày 30/9/2028.',
      '- Nhân viên y tế trường học kiểm tra tủ thuốc các lớp trước ngày 15/10/2028.',
      '- Nhân viên thư viện trưng bày sách về an toàn giao thông trong tháng 11/2028.',
      '- Tổng phụ trách Đội tổ chức diễn tập thoát hiểm trước ngày 20/12/2028.',
      '- Chi đoàn giáo viên quyên góp ủng hộ học sinh vùng lũ trước ngày 31/10/2028.',
      '- Tổ Tư vấn học đường tổ chức chuyên đề phòng chống bạo lực học đường trước ngày 15/11/2028.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each post or team opening a line as its lead', () => {
    expect(name(by('nội quy phòng thí nghiệm')?.lead)).toMatch(/^Giáo viên chủ nhiệm/);
    expect(name(by('tủ thuốc')?.lead)).toMatch(/^Nhân viên y tế/);
    expect(name(by('trưng bày sách')?.lead)).toBe('Nhân viên thư viện');
    expect(name(by('diễn tập thoát hiểm')?.lead)).toBe('Tổng phụ trách Đội');
    expect(name(by('quyên góp')?.lead)).toBe('Chi đoàn giáo viên');
    expect(name(by('bạo lực học đường')?.lead)).toBe('Tổ Tư vấn học đường');
  });
});
