import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../src/core/time/parse-local-date-time.ts';
import { parseTarget } from '../../src/core/plan/normalize-plan.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { loadPlanText } from '../../src/plan-import/load-plan-file.ts';

const minimal = readFileSync(new URL('../fixtures/plans/minimal-valid.yaml', import.meta.url), 'utf8');

function load(text: string) {
  return loadPlanText(text, 'plan.yaml');
}

describe('loadPlanText', () => {
  it('loads a minimal plan and makes a bare-date deadline the end of that local day', () => {
    const result = load(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const task = result.plan.tasks[0];
    expect(task?.deadline).toEqual(vietnamInstant(2023, 2, 28, 23, 59, 59, 999));
    expect(task?.start).toEqual(vietnamInstant(2023, 2, 27));
    expect(task?.support).toEqual(['CAP5']);
    expect(result.plan.config.beforeBoundary).toBe('strict');
  });

  it("loads a plan without an area: a school's or an agency's own plan covers no territory", () => {
    const result = load(minimal.replace('area: Phường 5\n', ''));
    expect(result.ok && result.plan.area).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('reads a deadline with a time and the dd/MM/yyyy form', () => {
    const text = minimal
      .replace('deadline: 2023-02-28', 'deadline: 2023-02-28T17:00')
      .replace('start: 2023-02-27\n    deadline', 'start: 27/02/2023\n    deadline');
    const result = load(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.tasks[0]?.deadline).toEqual(vietnamInstant(2023, 2, 28, 17, 0));
    expect(result.plan.tasks[0]?.startDate).toBe('2023-02-27');
  });

  it('warns, without failing, when a task ends long after its phase', () => {
    const result = load(minimal.replace('deadline: 2023-02-28', 'deadline: 2023-06-30'));
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ line: 26, path: 'tasks[0].deadline', severity: 'warning' });
    expect(result.warnings[0]?.message).toContain('muộn hơn nhiều so với kết thúc giai đoạn GD1 (28/02/2023)');
  });

  it('expands a configured group in support and drops the lead from it', () => {
    const text = minimal
      .replace('area: Phường 5\n', 'area: Phường 5\nconfig:\n  groups:\n    - code: CONG_AN\n      name: các lực lượng công an\n      members: [CATP, CAP5]\n')
      .replace('support: [CAP5]', 'support: [CONG_AN]');
    const result = load(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.tasks[0]).toMatchObject({ lead: 'CATP', support: ['CAP5'], supportGroups: ['CONG_AN'] });
  });

  it('names an empty group’s members by the workbook’s column, not the field name', () => {
    const text = minimal.replace(
      'area: Phường 5\n',
      'area: Phường 5\nconfig:\n  groups:\n    - code: CONG_AN\n      name: các lực lượng công an\n      members: []\n',
    );
    const result = load(text);
    const problems = result.ok ? result.warnings : result.errors;
    const message = problems.find((p) => p.message.includes('thành viên'))?.message ?? '';
    expect(message).toContain('cột “Thành viên” (trang “Nhóm đơn vị”)');
    expect(message).not.toMatch(/\bmembers\b/);
  });

  it('gives an English message next to the Vietnamese one', () => {
    const result = load(minimal.replace('lead: CATP', 'lead: CAP9'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.messageEn).toBe('unit "CAP9" is not in units. Add it under units or fix the code.');
  });

  it('reports several problems sorted by line', () => {
    const result = load(minimal.replace('kind: police', 'kind: polis').replace('lead: CATP', 'lead: ""'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.path])).toEqual([
      [9, 'units[0].kind'],
      [23, 'tasks[0].lead'],
    ]);
  });

  it('reports a duplicate unit code and an unknown support unit', () => {
    const result = load(minimal.replace('- code: CAP5', '- code: CATP'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual([
      'mã đơn vị "CATP" bị trùng (đã dùng ở units[0]). Mỗi đơn vị cần một mã riêng.',
      'đơn vị "CAP5" không có trong danh sách units. Hãy thêm đơn vị này vào mục units hoặc sửa mã.',
    ]);
  });
});

describe('local dates and targets', () => {
  it('rejects dates that do not exist and accepts leap days', () => {
    expect(parseLocalDateTime('2023-02-29')).toMatchObject({ ok: false, reason: 'calendar', daysInMonth: 28 });
    expect(parseLocalDateTime('2024-02-29')).toMatchObject({ ok: true });
    expect(parseLocalDateTime('31/04/2023')).toMatchObject({ ok: false, reason: 'calendar', daysInMonth: 30 });
    expect(parseLocalDateTime('2023-12-14T24:00')).toMatchObject({ ok: false, reason: 'time' });
    expect(parseLocalDateTime('tháng 12')).toMatchObject({ ok: false, reason: 'format' });
  });

  it('reads criteria targets', () => {
    expect(parseTarget('>= 80')).toEqual({ op: '>=', value: 80, text: '>= 80' });
    expect(parseTarget('≤ 15,5')).toMatchObject({ op: '<=', value: 15.5 });
    expect(parseTarget(100)).toMatchObject({ op: '>=', value: 100 });
    expect(parseTarget('nhiều')).toBeUndefined();
  });
});
