import { describe, expect, it } from 'vitest';
import { cellLinesToPipes } from '../../src/core/plan-draft/cell-lines-table.ts';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 20 of the drafter): duty tables pasted from Word with one cell per line.

const HEAD = ['UBND TỈNH NAM HÀ', 'SỞ NỘI VỤ', 'Số: 7/KH-SNV', 'Nam Hà, ngày 10 tháng 01 năm 2029', 'KẾ HOẠCH', 'Cải cách hành chính năm 2029'];

describe('a Word table pasted with every cell on its own line', () => {
  const text = [
    ...HEAD,
    'II. NHIỆM VỤ',
    'STT',
    'Nội dung nhiệm vụ',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Thời gian hoàn thành',
    'I',
    'CẢI CÁCH THỂ CHẾ',
    '1',
    'Rà soát văn bản quy phạm pháp luật về tổ chức bộ máy',
    'Phòng Cải cách hành chính',
    'Sở Tư pháp',
    'Trước 31/3/2029',
    '2',
    'Tổ chức 04 hội nghị tập huấn nghiệp vụ văn thư',
    'Ưu tiên các huyện miền núi',
    'Chi cục Văn thư - Lưu trữ',
    '',
    'Từ 01/4/2029',
    'đến 30/6/2029',
    '3',
    'Tổng hợp báo cáo cải cách hành chính năm',
    'Văn phòng Sở',
    'Các phòng thuộc Sở',
    'Trước 10/12/2029',
  ].join('\n');
  const draft = draftPlan(text);
  const { by, name } = helpers(draft);

  it('regroups the cells into rows: a group row, a duty wrapped over two lines, an empty cell, a time over two lines', () => {
    const pipes = cellLinesToPipes(text.split('\n')).filter((l) => l.startsWith('|'));
    expect(pipes).toEqual([
      '| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |',
      '| I | CẢI CÁCH THỂ CHẾ |  |  |  |',
      '| 1 | Rà soát văn bản quy phạm pháp luật về tổ chức bộ máy | Phòng Cải cách hành chính | Sở Tư pháp | Trước 31/3/2029 |',
      '| 2 | Tổ chức 04 hội nghị tập huấn nghiệp vụ văn thư Ưu tiên các huyện miền núi | Chi cục Văn thư - Lưu trữ |  | Từ 01/4/2029 đến 30/6/2029 |',
      '| 3 | Tổng hợp báo cáo cải cách hành chính năm | Văn phòng Sở | Các phòng thuộc Sở | Trước 10/12/2029 |',
    ]);
  });

  it('drafts one task per row with its lead and time, and none from the header or group cells', () => {
    expect(draft.tasks).toHaveLength(3);
    expect(name(by('Rà soát văn bản')?.lead)).toBe('Phòng Cải cách hành chính');
    expect(by('Rà soát văn bản')?.deadline?.due).toBe('2029-03-30');
    expect(name(by('04 hội nghị')?.lead)).toBe('Chi cục Văn thư - Lưu trữ');
    expect(by('04 hội nghị')?.deadline?.due).toBe('2029-06-30');
    expect(name(by('Tổng hợp báo cáo')?.lead)).toBe('Văn phòng Sở');
  });
});

describe('a cell-per-line table with no number column after a numbered section heading', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NỘI DUNG VÀ PHÂN CÔNG',
      'Nhiệm vụ',
      'Đơn vị thực hiện',
      'Thời gian',
      'Biên soạn sổ tay hướng dẫn tiếp công dân',
      'Phòng Cải cách hành chính',
      'Trước 30/4/2029',
      'Tổ chức kiểm tra công vụ tại 05 huyện',
      'Thanh tra Sở',
      'Quý III/2029',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('finds the rows by what their cells hold', () => {
    expect(draft.tasks).toHaveLength(2);
    expect(name(by('sổ tay')?.lead)).toBe('Phòng Cải cách hành chính');
    expect(by('sổ tay')?.deadline?.due).toBe('2029-04-29');
    expect(by('kiểm tra công vụ')?.deadline?.due).toBe('2029-09-30');
  });
});
