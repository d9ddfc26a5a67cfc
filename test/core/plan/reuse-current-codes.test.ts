import { describe, expect, it } from 'vitest';
import type { PlanFile } from '../../../src/core/plan/plan-schema.ts';
import { reuseCurrentCodes, titleSimilarity } from '../../../src/core/plan/reuse-current-codes.ts';

const file = (tasks: { code: string; title: string; lead: string }[]) => ({ tasks }) as unknown as PlanFile;

describe('reuseCurrentCodes', () => {
  it('gives a drafted duty the code of the current task with the same lead and a similar title', () => {
    const drafted = file([
      { code: 'NV01', title: 'Giai đoạn 1: Xây dựng kế hoạch triển khai, thực hiện', lead: 'CATP' },
      { code: 'NV02', title: 'Xây dựng kế hoạch triển khai', lead: 'CAP5' },
      { code: 'NV03', title: 'Tổ chức hội nghị sơ kết', lead: 'CATP' },
    ]);
    const { file: out, reused } = reuseCurrentCodes(drafted, [
      { code: 'GD1-01', title: 'Xây dựng kế hoạch triển khai, thực hiện chuyển hóa địa bàn', lead: 'CATP' },
    ]);
    expect(reused).toBe(1);
    // same title under another lead is another duty; an unmatched one keeps its drafted code
    expect(out.tasks.map((t) => t.code)).toEqual(['GD1-01', 'NV02', 'NV03']);
  });

  it('renames an unmatched drafted code that a matched duty took', () => {
    const drafted = file([
      { code: 'NV01', title: 'Tuyên truyền phòng chống ma túy', lead: 'DTN' },
      { code: 'NV02', title: 'Rà soát đối tượng nghiện', lead: 'CAP5' },
    ]);
    const { file: out } = reuseCurrentCodes(drafted, [{ code: 'NV01', title: 'Rà soát đối tượng nghiện ma túy', lead: 'CAP5' }]);
    expect(out.tasks.map((t) => t.code)).toEqual(['NV03', 'NV01']);
  });

  it('compares folded words, ignoring diacritics, case and punctuation', () => {
    expect(titleSimilarity('Rà soát, đề xuất danh sách', 'ra soat de xuat DANH SACH năm 2024')).toBe(1);
    expect(titleSimilarity('Tuyên truyền', 'Kiểm tra')).toBe(0);
  });
});
