import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPlanLintCommand } from '../../src/cli/plan-lint-command.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/plans/${name}`, import.meta.url));
const seed = fileURLToPath(new URL('../../plans/45-KH-BCD-2023.yaml', import.meta.url));

async function lint(argv: string[]) {
  const lines: string[] = [];
  const code = await runPlanLintCommand(argv, (line) => lines.push(line));
  return { code, lines };
}

describe('dieuphoi plan lint', () => {
  it('exits 0 on the seed plan with a Vietnamese summary', async () => {
    const { code, lines } = await lint([seed]);
    expect(code).toBe(0);
    expect(lines).toEqual([`${seed}: hợp lệ — kế hoạch 45/KH-BCĐ, 17 đơn vị, 3 giai đoạn, 8 nhiệm vụ, 10 tiêu chí; 0 cảnh báo.`]);
  });

  it('prints file:line:col path — message and exits 1 on errors', async () => {
    const file = fixture('broken/unknown-unit.yaml');
    const { code, lines } = await lint([file]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${file}:23:11 tasks[0].lead — đơn vị "CAP9" không có trong danh sách units. Hãy thêm đơn vị này vào mục units hoặc sửa mã.`,
      `${file}: 1 lỗi, 0 cảnh báo.`,
    ]);
  });

  it('speaks English with --en', async () => {
    const file = fixture('broken/unknown-unit.yaml');
    const { lines } = await lint(['--en', file]);
    expect(lines[0]).toBe(`${file}:23:11 tasks[0].lead — unit "CAP9" is not in units. Add it under units or fix the code.`);
    expect(lines[1]).toBe(`${file}: 1 error(s), 0 warning(s).`);
  });

  it('exits 1 when the file does not exist', async () => {
    const { code, lines } = await lint(['/nonexistent/plan.yaml']);
    expect(code).toBe(1);
    expect(lines[0]).toBe('/nonexistent/plan.yaml — không tìm thấy tệp /nonexistent/plan.yaml.');
  });

  it('exits 2 on usage errors', async () => {
    expect((await lint([])).code).toBe(2);
    expect((await lint(['a.yaml', 'b.yaml'])).code).toBe(2);
    const unknown = await lint(['--strict', seed]);
    expect(unknown.code).toBe(2);
    expect(unknown.lines).toEqual(['Tùy chọn không hợp lệ: --strict', 'Cách dùng: dieuphoi plan lint <tệp.yaml> [--en]']);
  });
});
