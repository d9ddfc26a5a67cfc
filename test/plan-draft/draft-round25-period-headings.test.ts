import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 25 of the drafter): a campaign's periods written as headings named without an
// ordinal, or as "ĐỢT N: NAME (từ … đến …)", with their span in brackets.

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN CÙ LAO',
  'Số: 14/KH-UBND',
  'Cù Lao, ngày 03 tháng 3 năm 2029',
  'KẾ HOẠCH',
  'Diệt lăng quăng, phòng chống sốt xuất huyết năm 2029',
];

describe('period headings named without an ordinal', () => {
  it('"Thời kỳ chuẩn bị (từ … đến …)" headings inside "II. PHẠM VI, ĐỐI TƯỢNG" are phases whose dash lines are tasks with their subjects as leads', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. MỤC TIÊU',
        'Giảm 20% số ca mắc so với năm 2028.',
        'II. PHẠM VI, ĐỐI TƯỢNG VÀ THỜI GIAN',
        '1. Phạm vi: 09 xã, thị trấn.',
        '2. Chiến dịch chia làm hai thời kỳ:',
        'THỜI KỲ CHUẨN BỊ (từ ngày 10/3 đến ngày 25/3/2029)',
        '- Trung tâm Y tế huyện in tờ rơi hướng dẫn diệt lăng quăng, hoàn thành trước ngày 20/3/2029.',
        '- Ủy ban nhân dân các xã, thị trấn thành lập đội xung kích diệt lăng quăng tại từng ấp.',
        'Thời kỳ ra quân (từ ngày 26/3 đến ngày 30/4/2029)',
        '- Các đội xung kích kiểm tra dụng cụ chứa nước tại từng hộ gia đình.',
        '- Ủy ban nhân dân các xã, thị trấn báo cáo số hộ được kiểm tra vào thứ Năm hằng tuần.',
        'III. TỔ CHỨC THỰC HIỆN',
        'Phòng Văn hóa, Khoa học và Thông tin huyện đưa tin trên sóng truyền thanh huyện.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(draft.phases.map((p) => [p.start, p.end])).toEqual([
      ['2029-03-10', '2029-03-25'],
      ['2029-03-26', '2029-04-30'],
    ]);
    expect(draft.tasks.some((t) => /thời kỳ/iu.test(t.title))).toBe(false);
    expect(name(by('tờ rơi')?.lead)).toMatch(/^Trung tâm Y tế huyện/u);
    expect(by('tờ rơi')?.deadline?.due).toBe('2029-03-19');
    expect(name(by('đội xung kích diệt')?.lead)).toMatch(/các xã, thị trấn/u);
    expect(by('dụng cụ chứa nước')).toBeDefined();
    expect(by('thứ Năm hằng tuần')?.deadline?.kind).toBe('recurrence');
    // the section's own lines stay no tasks
    expect(by('09 xã')).toBeUndefined();
  });

  it('"ĐỢT 1: NAME (từ … đến …)" headings head their numbered items: no task, and an undated item takes its period', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NỘI DUNG THEO TỪNG ĐỢT',
        'ĐỢT 1: TUYÊN TRUYỀN (từ ngày 10/3 đến ngày 31/3/2029)',
        '1. Treo băng rôn tại chợ, trường học (Trung tâm Văn hóa - Thể thao huyện thực hiện).',
        '2. Phát tờ rơi đến từng hộ gia đình, xong trước ngày 25/3/2029 (Ủy ban nhân dân các xã thực hiện).',
        'ĐỢT 2: RA QUÂN DIỆT LĂNG QUĂNG (từ ngày 01/4 đến ngày 30/4/2029)',
        '1. Tổng vệ sinh môi trường, thu gom vật dụng phế thải (Ủy ban nhân dân các xã thực hiện).',
      ].join('\n'),
    );
    const { by } = helpers(draft);
    expect(draft.tasks.some((t) => /ĐỢT/u.test(t.title))).toBe(false);
    expect(by('vật dụng phế thải')?.deadline?.due).toBe('2029-04-30');
    expect(by('băng rôn')?.deadline?.due).toBe('2029-03-31');
    expect(by('tờ rơi')?.deadline?.due).toBe('2029-03-24');
  });

  it('a line that opens with "Đợt …" or "Thời kỳ …" and goes on after its bracket is no heading', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NHIỆM VỤ',
        '1. Trung tâm Y tế huyện: Đợt cao điểm (từ ngày 01/4 đến ngày 30/4/2029) tổ chức phun hóa chất diệt muỗi tại các ổ dịch.',
        '2. Thời kỳ ra quân (từ ngày 01/4/2029) do Ủy ban nhân dân các xã chủ trì, tổng vệ sinh môi trường trong các ấp.',
      ].join('\n'),
    );
    expect(draft.phases).toHaveLength(0);
    expect(helpers(draft).by('phun hóa chất')).toBeDefined();
    expect(helpers(draft).by('tổng vệ sinh')).toBeDefined();
  });
});
