import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): a time limit counted from the document's own signing, issue or receipt
// ("trong 15 ngày kể từ ngày ký Kế hoạch này") is due that long after the dateline, flagged; a limit counted from another paper
// ("kể từ ngày nhận đủ hồ sơ") gives no date.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN TÂN LẬP',
    'Số: 77/KH-UBND',
    'Tân Lập, ngày 12 tháng 8 năm 2030',
    'KẾ HOẠCH',
    'Rà soát hộ nghèo năm 2030',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Lao động - Thương binh và Xã hội huyện ban hành hướng dẫn rà soát trong 15 ngày kể từ ngày ký Kế hoạch này.',
    '2. Ủy ban nhân dân các xã gửi danh sách hộ cận nghèo về Phòng Lao động - Thương binh và Xã hội huyện trong 05 ngày làm việc kể từ ngày nhận được văn bản này.',
    '3. Phòng Tài chính - Kế hoạch huyện thẩm định dự toán trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    'III. PHÂN CÔNG',
    'TT | Thời gian | Đơn vị chủ trì | Nội dung',
    '1 | Trong 20 ngày kể từ ngày ban hành Kế hoạch | Phòng Nội vụ huyện | Rà soát đội ngũ cán bộ làm công tác giảm nghèo cấp xã',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('a time limit counted from the document itself', () => {
  it('is due that many days after the dateline, and flagged', () => {
    const guide = task('Ban hành hướng dẫn');
    expect(guide?.deadline?.due).toBe('2030-08-27');
    expect(guide?.reviewNotes.join(' ')).toContain('ngày ký');
  });

  it('counts working days from receipt as from the dateline', () => {
    // 12/8/2030 is a Monday: five working days later is the next Monday
    expect(task('Gửi danh sách hộ cận nghèo')?.deadline?.due).toBe('2030-08-19');
  });

  it("in a table's time column", () => {
    expect(task('Rà soát đội ngũ cán bộ')?.deadline?.due).toBe('2030-09-01');
  });

  it('gives no date when the count starts from another paper', () => {
    expect(task('Thẩm định dự toán')?.deadline?.due).toBeUndefined();
  });
});
