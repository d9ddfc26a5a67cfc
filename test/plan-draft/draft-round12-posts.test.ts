import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 12 of the drafter): posts (chức danh) as the subjects of duties.

describe('posts as leads', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Đồng chí Phó Chủ tịch Ủy ban nhân dân huyện phụ trách kinh tế',
      '- Chủ trì họp giao ban kiểm kê vào ngày 20 hằng tháng.',
      '2. Bí thư Huyện đoàn',
      '- Tổ chức ra quân tình nguyện dọn đất công trước ngày 26/3/2025.',
      '3. Phòng Tài nguyên và Môi trường',
      'Thành viên Ban Chỉ đạo huyện phụ trách thị trấn báo cáo tiến độ vào thứ Sáu hằng tuần.',
      'Các đồng chí Ủy viên Ban Thường vụ Hội phụ trách địa bàn chịu trách nhiệm đôn đốc cơ sở hội trước ngày 30/4/2025; Chủ tịch Hội Nông dân huyện báo cáo Ban Thường vụ Huyện ủy định kỳ 6 tháng, năm.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes a deputy with the field he is in charge of the lead of the duties under his heading', () => {
    expect(name(by('giao ban kiểm kê')?.lead)).toBe('Phó Chủ tịch Ủy ban nhân dân huyện Hòa Lộc phụ trách kinh tế');
  });

  it('reads a secretary heading as the body he heads', () => {
    expect(name(by('tình nguyện dọn đất công')?.lead)).toMatch(/^Huyện đoàn/);
  });

  it('makes a member in charge of an area the lead, not the committee', () => {
    expect(name(by('thứ Sáu hằng tuần')?.lead)).toMatch(/^Thành viên Ban Chỉ đạo huyện.* phụ trách thị trấn$/);
    expect(name(by('đôn đốc cơ sở hội')?.lead)).toBe('Ủy viên Ban Thường vụ Hội phụ trách địa bàn');
  });

  it('gives a clause that opens with the head of a unit to that unit', () => {
    expect(name(by('định kỳ 6 tháng')?.lead)).toMatch(/^Hội Nông dân huyện/);
  });
});
