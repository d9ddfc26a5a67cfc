import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 44 of the drafter): a joint plan of two provincial bodies names them once "(sau đây gọi tắt
// là hai bên)" and gives them shared work under "3. Trách nhiệm chung của hai bên".

const draft = draftPlan(
  [
    'SỞ Y TẾ TỈNH HÒA VÂN - SỞ NỘI VỤ TỈNH HÒA VÂN',
    'Số: 04/KHPH-SYT-SNV',
    'Hòa Vân, ngày 03 tháng 4 năm 2031',
    'KẾ HOẠCH PHỐI HỢP',
    'Chăm sóc sức khỏe người có công năm 2031',
    'Sở Y tế và Sở Nội vụ (sau đây gọi tắt là hai bên) thống nhất ban hành Kế hoạch phối hợp như sau:',
    'II. TRÁCH NHIỆM',
    '1. Sở Y tế',
    'a) Tổ chức khám sức khỏe định kỳ cho người có công, hoàn thành trong quý III/2031.',
    '2. Sở Nội vụ',
    'a) Cung cấp danh sách người có công đang hưởng trợ cấp, gửi Sở Y tế trước ngày 30/4/2031.',
    '3. Trách nhiệm chung của hai bên',
    'a) Phân công cán bộ đầu mối theo dõi Kế hoạch, gửi bên kia trước ngày 20/4/2031.',
    'b) Trao đổi kết quả thực hiện định kỳ 6 tháng một lần.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name ?? '';

describe('a joint plan’s heading for both parties', () => {
  it('gives the items under "Trách nhiệm chung của hai bên" the parties it named, the first as lead', () => {
    expect(unit(task('cán bộ đầu mối')?.lead)).toMatch(/^Sở Y tế/);
    expect(task('cán bộ đầu mối')?.support.map((c) => unit(c))).toEqual([expect.stringMatching(/^Sở Nội vụ/)]);
    expect(unit(task('Trao đổi kết quả')?.lead)).toMatch(/^Sở Y tế/);
  });

  it('makes no task of the heading', () => {
    expect(draft.tasks).toHaveLength(4);
  });
});
