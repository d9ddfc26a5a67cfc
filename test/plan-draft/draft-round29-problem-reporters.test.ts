import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 29 of the drafter): the closing line about problems naming who reports them.

const plan = (closing: string) =>
  draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN BÌNH LỘC',
      'Số: 66/KH-UBND',
      'Bình Lộc, ngày 10 tháng 4 năm 2029',
      'KẾ HOẠCH',
      'Phòng, chống dịch sốt xuất huyết năm 2029',
      'II. NHIỆM VỤ',
      '1. Trung tâm Y tế huyện: Giám sát ca bệnh, xử lý ổ dịch trong 48 giờ.',
      '2. Ủy ban nhân dân các xã, thị trấn: Tổ chức chiến dịch diệt lăng quăng trước ngày 15/5/2029.',
      'III. KINH PHÍ',
      'Kinh phí thực hiện từ nguồn ngân sách huyện năm 2029.',
      closing,
    ].join('\n'),
  );

describe('the closing line about problems', () => {
  it('names as lead the units "… nào gặp khó khăn, vướng mắc", even under the funding part', () => {
    const draft = plan(
      'Quá trình triển khai, cơ quan, đơn vị, địa phương nào gặp khó khăn, vướng mắc thì kịp thời báo cáo về Ủy ban nhân dân huyện (qua Trung tâm Y tế huyện) để chỉ đạo giải quyết.',
    );
    const { by, name } = helpers(draft);
    const task = by('vướng mắc');
    expect(name(task?.lead)).toBe('cơ quan, đơn vị, địa phương');
    expect(task?.deadline).toBeUndefined();
  });

  it('names as lead the units after "có khó khăn"', () => {
    const draft = plan('Trong quá trình thực hiện, có khó khăn các xã, thị trấn kịp thời phản ánh về Trung tâm Y tế huyện để được hướng dẫn./.');
    const { by, name } = helpers(draft);
    expect(name(by('có khó khăn')?.lead)).toBe('các xã, thị trấn');
  });
});
