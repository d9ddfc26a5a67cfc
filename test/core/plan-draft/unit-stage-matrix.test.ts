import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 42 of the drafter): the assignment is a pipe table of units (rows) by stage (columns), each
// cell holding that unit's duties in that stage as dash lines joined by "<br>"; only the first stage's header gives a date.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HẠ LONG GIANG',
    'Số: 27/KH-UBND',
    'Hạ Long Giang, ngày 02 tháng 02 năm 2031',
    'KẾ HOẠCH',
    'Phòng, chống dịch bệnh trên đàn gia súc năm 2031',
    'II. PHÂN CÔNG',
    '| STT | Đơn vị thực hiện | Chuẩn bị (xong trước ngày 15/4/2031) | Khi có ổ dịch | Sau khi hết dịch |',
    '|---|---|---|---|---|',
    '| 1 | Sở Nông nghiệp và Môi trường | - Xây dựng phương án tiêm phòng vắc xin<br>- Tập huấn thú y cơ sở trong tháng 3/2031 | - Khoanh vùng, xử lý ổ dịch | - Đánh giá hiệu quả công tác chống dịch |',
    '| 2 | Sở Tài chính | - Tham mưu bố trí kinh phí mua vắc xin |  |  |',
    '| 3 | Ủy ban nhân dân các xã, phường |  | - Lập chốt kiểm dịch tạm thời<br>- Tiêu hủy gia súc bệnh theo hướng dẫn | - Vệ sinh, tiêu độc chuồng trại |',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const leadName = (words: string) => [...draft.units, ...draft.groups].find((u) => u.code === task(words)?.lead)?.name;

describe('a table of units by stage', () => {
  it('makes one task per line of each cell', () => {
    expect(draft.tasks).toHaveLength(8);
  });

  it('gives each duty its row unit as lead', () => {
    expect(leadName('phương án tiêm phòng')).toBe('Sở Nông nghiệp và Môi trường');
    expect(leadName('Đánh giá hiệu quả')).toBe('Sở Nông nghiệp và Môi trường');
    expect(leadName('bố trí kinh phí')).toBe('Sở Tài chính');
    expect(leadName('chốt kiểm dịch')).toBe('Ủy ban nhân dân các xã, phường');
    expect(leadName('Tiêu hủy gia súc')).toBe('Ủy ban nhân dân các xã, phường');
  });

  it('dates the duties of a column by its header, unless a duty gives its own time', () => {
    expect(task('phương án tiêm phòng')?.deadline?.due).toBe('2031-04-14');
    expect(task('bố trí kinh phí')?.deadline?.due).toBe('2031-04-14');
    expect(task('Tập huấn thú y')?.deadline?.due).toBe('2031-03-31');
  });

  it('leaves the duties of event columns without a deadline', () => {
    expect(task('Khoanh vùng')?.deadline).toBeUndefined();
    expect(task('Vệ sinh, tiêu độc')?.deadline).toBeUndefined();
  });
});
