import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 28 of the drafter): a duty line that opens with the unit's role, a heading naming the
// units based in the area, and a "Nhiệm vụ cụ thể:" label before the duties.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH SƠN',
    'Số: 12/KH-UBND',
    'Bình Sơn, ngày 05 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Phòng, chống đuối nước năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Kinh tế',
    '- Là cơ quan thường trực của Ban Chỉ đạo; soạn thảo văn bản hướng dẫn gửi các xã trước ngày 20/02/2029.',
    '2. Các trường học đóng trên địa bàn (mầm non, tiểu học)',
    'Nhiệm vụ cụ thể: lồng ghép kỹ năng an toàn trong môi trường nước vào giờ sinh hoạt lớp.',
  ].join('\n'),
);
const { by } = helpers(draft);

describe('a role, an area and a label that are no duties', () => {
  it('"Là cơ quan thường trực …; soạn thảo … trước ngày D" is one duty, titled by its work', () => {
    expect(draft.tasks.filter((t) => t.lead === by('soạn thảo văn bản')?.lead)).toHaveLength(1);
    expect(by('soạn thảo văn bản')?.deadline?.due).toBe('2029-02-19');
    expect(draft.tasks.some((t) => /^Là cơ quan/u.test(t.title))).toBe(false);
  });

  it('"Các trường học đóng trên địa bàn (…)" is a unit heading, its line the duty titled after the label', () => {
    expect(draft.tasks.some((t) => /đóng trên địa bàn/iu.test(t.title))).toBe(false);
    expect(by('lồng ghép kỹ năng')?.lead).toBeDefined();
    expect(draft.tasks).toHaveLength(2);
  });
});

describe('a branch of a body named in full', () => {
  const branch = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN BÌNH SƠN',
      'Số: 13/KH-UBND',
      'Bình Sơn, ngày 05 tháng 01 năm 2029',
      'KẾ HOẠCH',
      'Giảm nghèo năm 2029',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Chi nhánh Ngân hàng Chính sách xã hội huyện Bình Sơn',
      'Giải ngân vốn vay cho hộ cận nghèo trước ngày 30/6/2029.',
    ].join('\n'),
  );
  it('"Chi nhánh Ngân hàng … huyện X" is one unit heading over its duty, not a task', () => {
    expect(branch.tasks.map((t) => t.title)).toEqual(['Giải ngân vốn vay cho hộ cận nghèo']);
    expect(branch.units.find((u) => u.code === branch.tasks[0]?.lead)?.name).toMatch(/^Chi nhánh Ngân hàng Chính sách xã hội/u);
  });
});
