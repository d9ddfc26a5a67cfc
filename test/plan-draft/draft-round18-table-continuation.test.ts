import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { tableToLines } from '../../src/core/plan-draft/pipe-table.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 18 of the drafter): an appendix table whose long cells wrap onto rows with an
// empty, "-" or missing number cell, as a narrow column in a typed table or a .docx row split across a page gives them.

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN TÂN LẠC', 'Số: 12/KH-UBND', 'Tân Lạc, ngày 10 tháng 01 năm 2029', 'KẾ HOẠCH'];
const TABLE = [
  '| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian |',
  '|---|---|---|---|',
  '| I | QUẢN LÝ ĐẤT ĐAI | | |',
  '| 1 | Kiểm kê hiện trạng sử dụng đất công do Ủy ban | Phòng Tài nguyên và | Trước ngày 30/4/2029 |',
  '| | nhân dân các xã quản lý | Môi trường huyện | |',
  '| 2 | Cập nhật biến động đất đai vào cơ sở dữ liệu | Văn phòng Đăng ký đất đai | Chậm nhất ngày 15 |',
  '| - | địa chính của huyện | chi nhánh huyện | tháng 9 |',
  '| | | | năm 2029 |',
  '| II | KIỂM TRA | | |',
  '| 3 | Kiểm tra việc cấp giấy chứng nhận quyền sử dụng | Thanh tra huyện | Quý III/2029 |',
  '| đất lần đầu tại các xã | | |',
];

describe('an appendix table whose cells wrap onto continuation rows', () => {
  const draft = draftPlan([...HEAD, 'Quản lý đất đai năm 2029', 'I. NHIỆM VỤ', ...TABLE].join('\n'));
  const { by, name } = helpers(draft);

  it('joins each continuation row to the row above, column by column', () => {
    const task = by('Kiểm kê hiện trạng');
    expect(task?.source).toContain('nhân dân các xã quản lý');
    expect(name(task?.lead)).toMatch(/^Phòng Tài nguyên và Môi trường/);
    expect(task?.deadline?.due).toBe('2029-04-29');
  });

  it('joins a time cell wrapped over two rows, and a row whose number cell is "-"', () => {
    const task = by('Cập nhật biến động');
    expect(task?.source).toContain('địa chính của huyện');
    expect(task?.deadline?.due).toBe('2029-09-15');
  });

  it('joins a row that lost its empty number cell', () => {
    expect(by('Kiểm tra việc cấp giấy')?.source).toContain('đất lần đầu tại các xã');
  });

  it('drafts no duty from a continuation row', () => {
    expect(draft.tasks.some((t) => /^(nhân dân|địa chính|đất lần đầu)/i.test(t.title))).toBe(false);
    expect(draft.tasks.filter((t) => !/QUẢN LÝ|KIỂM TRA/.test(t.title))).toHaveLength(3);
  });
});

describe('rows that are not continuations', () => {
  it('keeps a group row and a capitalised row without a number as rows of their own', () => {
    const lines = tableToLines([
      '| TT | Nội dung | Chủ trì |',
      '|---|---|---|',
      '| 1 | Tổ chức hội nghị triển khai | Văn phòng |',
      '| II | TUYÊN TRUYỀN | |',
      '| | Phát hành tờ rơi tại các thôn | Đoàn Thanh niên |',
    ]);
    expect(lines).toContain('II. TUYÊN TRUYỀN');
    expect(lines).toContain('- Phát hành tờ rơi tại các thôn');
  });
});
