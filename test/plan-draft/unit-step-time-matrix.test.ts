import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 45 of the drafter): a province's decision whose appendix is a wide table, one row per
// commune or ward and one column per step, each step cell giving when that commune must finish the step.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH HÒA VÂN',
    'Số: 77/QĐ-UBND',
    'Hòa Vân, ngày 05 tháng 02 năm 2031',
    'QUYẾT ĐỊNH',
    'Về việc giao nhiệm vụ số hóa hồ sơ hộ tịch năm 2031',
    'Điều 1. Giao nhiệm vụ số hóa hồ sơ hộ tịch cho các xã, phường tại Phụ lục kèm theo.',
    'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
    'PHỤ LỤC',
    '| TT | Đơn vị | Số sổ hộ tịch (quyển) | Thu thập, phân loại sổ | Quét, nhập dữ liệu | Đối chiếu, nghiệm thu | Ghi chú |',
    '|---|---|---|---|---|---|---|',
    '| 1 | Xã Suối Ngàn | 320 | 31/3/2031 | Quý II/2031 | Tháng 8/2031 | |',
    '| 2 | Phường Bến Đá | 540 | Đã hoàn thành | Tháng 5/2031 | 30/9/2031 | Sổ cũ đã đóng lại |',
    '| | Tổng cộng | 860 | | | | |',
  ].join('\n'),
);

const tasks = (words: string) => draft.tasks.filter((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name;

describe('a matrix of communes by steps whose cells are the steps’ times', () => {
  it('makes one task per dated cell, named by its column, none for a done cell, a figure or the total row', () => {
    expect(tasks('Thu thập, phân loại sổ')).toHaveLength(1);
    expect(tasks('Quét, nhập dữ liệu')).toHaveLength(2);
    expect(tasks('Đối chiếu, nghiệm thu')).toHaveLength(2);
    expect(draft.tasks.some((t) => /^(?:320|860|Đã hoàn thành|Tổng cộng|31\/3\/2031)$/u.test(t.title))).toBe(false);
  });

  it('gives each step to the row’s People’s Committee, due at the cell’s time', () => {
    const scan = tasks('Quét, nhập dữ liệu');
    expect(scan.map((t) => unit(t.lead))).toEqual(['Ủy ban nhân dân xã Suối Ngàn', 'Ủy ban nhân dân phường Bến Đá']);
    expect(scan.map((t) => t.deadline?.due)).toEqual(['2031-06-30', '2031-05-31']);
    expect(tasks('Thu thập, phân loại sổ')[0]?.deadline?.due).toBe('2031-03-31');
    expect(tasks('Đối chiếu, nghiệm thu').map((t) => t.deadline?.due)).toEqual(['2031-08-31', '2031-09-30']);
  });
});
