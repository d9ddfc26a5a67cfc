import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlanDraftCommand } from '../../src/cli/plan-draft-command.ts';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { sheetsToPlan } from '../../src/core/plan-workbook/sheets-to-plan.ts';
import { draftToPlanFile } from '../../src/plan-import/draft/draft-to-plan-file.ts';
import { readRawSheets } from '../../src/plan-import/workbook/read-plan-workbook.ts';

const seedText = 'test/fixtures/plans/45-KH-BCD-2023-tp-tra-vinh.txt';
const dir = mkdtempSync(join(tmpdir(), 'plan-draft-xlsx-'));

async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runPlanDraftCommand(argv, (line) => lines.push(line));
  return { code, lines };
}

/** Blank fields of a draft ("" still to fill) are blank cells, read back as absent. */
function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== '' && v !== undefined)
      .map(([key, v]) => [key, withoutBlanks(v)]),
  );
}

describe('dieuphoi plan draft --xlsx', () => {
  it('writes the review workbook of the draft, which reads back as the same plan file', async () => {
    const out = join(dir, 'nhap.xlsx');
    const { code, lines } = await run([seedText, '--xlsx', out]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Đã ghi bảng kiểm tra vào .*nhap\.xlsx: \d+ giai đoạn, \d+ nhiệm vụ \(\d+ cần kiểm tra\)\.$/);
    const read = sheetsToPlan(await readRawSheets(readFileSync(out)));
    const draft = draftToPlanFile(draftPlan(readFileSync(seedText, 'utf8')));
    expect(read.data).toEqual(withoutBlanks(draft));
  });

  it('writes the YAML too when asked with --out', async () => {
    const { code, lines } = await run([seedText, '--xlsx', join(dir, 'a.xlsx'), '--out', join(dir, 'a.yaml')]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('tasks:');
  });

  it('refuses a workbook name that is not .xlsx, and a folder it cannot write to', async () => {
    const wrong = await run([seedText, '--xlsx', join(dir, 'nhap.xls')]);
    expect(wrong.code).toBe(2);
    expect(wrong.lines[0]).toBe(`Tệp bảng kiểm tra phải có đuôi .xlsx: "${join(dir, 'nhap.xls')}".`);
    const missing = await run([seedText, '--xlsx', join(dir, 'khong-co', 'nhap.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.lines[0]).toBe(`Không ghi được tệp "${join(dir, 'khong-co', 'nhap.xlsx')}": không tìm thấy tệp.`);
  });
});
