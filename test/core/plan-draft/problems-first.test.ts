import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 31 of the drafter): the closing report of problems, worded with the problems first or as a
// bare condition, as the last line of the plan (which the outline puts under its funding part).

const closing = (line: string) =>
  draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN BÌNH LÂM',
      'Số: 77/KH-UBND',
      'Bình Lâm, ngày 10 tháng 4 năm 2029',
      'KẾ HOẠCH',
      'Tổ chức Tháng hành động vì an toàn thực phẩm năm 2029',
      'II. NỘI DUNG VÀ PHÂN CÔNG',
      '1. Phòng Y tế huyện',
      '- Tham mưu thành lập Đoàn kiểm tra liên ngành trước ngày 25/4/2029.',
      '2. Các xã, thị trấn',
      '- Tổ chức ra quân vệ sinh môi trường trong tháng 5/2029.',
      'III. KINH PHÍ',
      'Kinh phí thực hiện từ nguồn ngân sách huyện năm 2029.',
      line,
    ].join('\n'),
  );

describe('the closing report of problems, problems first', () => {
  it.each([
    'Khó khăn, vướng mắc (nếu có), các cơ quan, đơn vị phản ánh về Phòng Y tế huyện để được hướng dẫn./.',
    'Mọi khó khăn, vướng mắc phát sinh trong quá trình thực hiện, các cơ quan, đơn vị kịp thời báo cáo về Ủy ban nhân dân huyện (qua Phòng Y tế) để chỉ đạo giải quyết./.',
    'Nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Phòng Y tế huyện./.',
    'Trường hợp có vướng mắc, các cơ quan, đơn vị báo cáo về Phòng Y tế để tổng hợp./.',
  ])('is the units’ duty: %s', (line) => {
    const draft = closing(line);
    const task = draft.tasks.find((t) => t.source.includes('vướng mắc'));
    expect(helpers(draft).name(task?.lead)).toMatch(/^các cơ quan, đơn vị$/iu);
    expect(task?.deadline).toBeUndefined();
  });

  it('not a line that only names problems with no one to report them', () => {
    const draft = closing('Khó khăn, vướng mắc của năm 2028 đã được tháo gỡ cơ bản.');
    expect(draft.tasks.some((t) => t.source.includes('vướng mắc'))).toBe(false);
  });
});
