import { describe, expect, it } from 'vitest';
import { MAX_PLAN_TASKS } from '../../src/core/plan/plan-size-limit.ts';
import { loadPlanText } from '../../src/plan-import/load-plan-file.ts';
import { errorMessages, loadWorkbook, MINIMAL_PLAN, sheet, workbookOf } from './workbook-fixtures.ts';

describe('a plan with more tasks than a real plan ever holds is refused before its cells are checked', () => {
  it('a review workbook with 10,000 formula rows in "Nhiệm vụ": one clear message, in seconds', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    const tasks = sheet(wb, 'Nhiệm vụ');
    const template = tasks.getRow(2).values as unknown[];
    for (let r = 3; r <= 10_002; r++) {
      const row = tasks.getRow(r);
      row.values = template as never;
      row.getCell(1).value = { formula: `"Z-"&ROW()`, result: `Z-${r}` };
    }
    const started = performance.now();
    const result = await loadWorkbook(wb);
    const elapsed = performance.now() - started;
    expect(errorMessages(result)).toEqual([
      `tệp có 10.001 nhiệm vụ, vượt giới hạn 2.000 nhiệm vụ của một kế hoạch; bot không đọc tiếp. Hãy kiểm tra lại sheet "Nhiệm vụ" (có thể một công thức hoặc dữ liệu bị kéo xuống quá nhiều dòng), xoá các dòng thừa rồi gửi lại.`,
    ]);
    // the refusal itself costs nothing once the workbook is open (before: every cell validated, minutes)
    expect(elapsed).toBeLessThan(30_000);
  }, 60_000);

  it('exactly the limit is still read', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    const tasks = sheet(wb, 'Nhiệm vụ');
    const last = tasks.actualRowCount;
    for (let r = last + 1; r <= MAX_PLAN_TASKS + 1; r++) tasks.getRow(r).getCell(1).value = `X-${r}`;
    expect(errorMessages(await loadWorkbook(wb)).join('\n')).not.toContain('vượt giới hạn');
  }, 60_000);

  it('a YAML plan with too many tasks', () => {
    const items = Array.from({ length: MAX_PLAN_TASKS + 1 }, (_, i) => `  - { code: T-${i}, title: Việc ${i}, lead: CATP }`).join('\n');
    const result = loadPlanText(`number: 45/KH-BCĐ\ntasks:\n${items}\n`, 'big.yaml');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual([expect.stringContaining('tệp có 2.001 nhiệm vụ, vượt giới hạn 2.000')]);
  });
});
