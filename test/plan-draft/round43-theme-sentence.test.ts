import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 43 of the drafter): a directive whose numbered points are paragraphs that open with a short theme
// sentence, then the sentences of the units that act; a clause or sentence without a subject goes on with the last unit named.

const directive = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH LAM SƠN',
    'Số: 05/CT-UBND',
    'Lam Sơn, ngày 06 tháng 01 năm 2031',
    'CHỈ THỊ',
    'Về tăng cường quản lý an toàn thực phẩm năm 2031',
    'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:',
    '1. Siết chặt kiểm tra các bếp ăn tập thể. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh kiểm tra bếp ăn tập thể của các khu công nghiệp, xong trước ngày 31/3/2031; chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu xét nghiệm trong quý II/2031. Công khai kết quả kiểm tra trên Cổng thông tin điện tử của tỉnh trong tháng 4/2031.',
    '2. Quản lý chặt chợ đầu mối nông sản. Sở Công Thương rà soát điều kiện an toàn thực phẩm tại các chợ đầu mối trong quý II/2031.',
  ].join('\n'),
);

const task = (words: string) => directive.tasks.find((t) => t.title.includes(words));
const leadName = (words: string) => [...directive.units, ...directive.groups].find((u) => u.code === task(words)?.lead)?.name;

describe('a point that opens with its theme', () => {
  it('drafts the theme sentence as no task', () => {
    expect(directive.tasks.some((t) => /Siết chặt kiểm tra|Quản lý chặt chợ/u.test(t.title))).toBe(false);
  });

  it('keeps the units’ duties', () => {
    expect(leadName('bếp ăn tập thể')).toBe('Đảng ủy Ủy ban nhân dân tỉnh');
    expect(leadName('điều kiện an toàn thực phẩm')).toBe('Sở Công Thương');
  });

  it('gives a later sentence with no subject the last unit named', () => {
    expect(leadName('lấy mẫu xét nghiệm')).toBe('Đảng ủy Ủy ban nhân dân tỉnh');
    expect(leadName('Công khai kết quả kiểm tra')).toBe('Đảng ủy Ủy ban nhân dân tỉnh');
    expect(task('Công khai kết quả kiểm tra')?.deadline?.due).toBe('2031-04-30');
  });
});
