import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/plan-model.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { loadPlanFile } from '../../src/plan-import/load-plan-file.ts';

const seedPath = fileURLToPath(new URL('../../plans/45-KH-BCD-2023.yaml', import.meta.url));
const seedText = readFileSync(new URL('../fixtures/plans/45-KH-BCD-2023-tp-tra-vinh.txt', import.meta.url), 'utf8');
const endOfDay = (y: number, m: number, d: number) => vietnamInstant(y, m, d, 23, 59, 59, 999);

let plan: Plan;
beforeAll(async () => {
  const result = await loadPlanFile(seedPath);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.path} ${e.message}`).join('\n'));
  expect(result.warnings).toEqual([]);
  plan = result.plan;
});

const task = (code: string) => {
  const found = plan.tasks.find((t) => t.code === code);
  if (!found) throw new Error(`no task ${code}`);
  return found;
};

describe('seed plan 45/KH-BCĐ', () => {
  it('has the header of the document', () => {
    expect(plan.number).toBe('45/KH-BCĐ');
    expect(plan.issueDate).toBe('2023-02-27');
    expect(plan.place).toBe('TP. Trà Vinh');
    expect(plan.area).toContain('Phường 5');
    expect(plan.issuer).toContain('ANTQ thành phố Trà Vinh');
    expect(plan.config.beforeBoundary).toBe('strict');
  });

  it('has the three phases with their dates', () => {
    expect(plan.phases.map((p) => [p.code, p.startDate, p.endDate])).toEqual([
      ['GD1', '2023-02-27', '2023-02-28'],
      ['GD2', '2023-03-01', '2023-08-31'],
      ['GD3', '2023-09-01', '2023-12-14'],
    ]);
    expect(plan.phases[0]?.end).toEqual(endOfDay(2023, 2, 28));
    expect(plan.phases[1]?.start).toEqual(vietnamInstant(2023, 3, 1));
    const peak = plan.phases[1]?.subPeriods[0];
    expect(peak).toMatchObject({ startDate: '2023-03-01', endDate: '2023-05-31', review: true });
  });

  it('phase 1: the city police builds the plan with the collective and Ward 5 committee, due end of 28/02/2023', () => {
    const t = task('GD1-01');
    expect(t.lead).toBe('CATP');
    expect(t.supportGroups).toEqual(['NGANH_DOAN_THE_TP']);
    expect(t.support).toContain('BCD_P5');
    expect(t.support).not.toContain('CATP');
    expect(t.deadline).toEqual(endOfDay(2023, 2, 28));
    expect(t.phaseCode).toBe('GD1');
  });

  it('phase 2: city police leads with Ward 5 police for six months, peak about three months flagged', () => {
    expect(task('GD2-01')).toMatchObject({ lead: 'CATP', support: ['CAP5'], startDate: '2023-03-01', deadlineDate: '2023-08-31' });
    expect(task('GD2-01').deadline).toEqual(endOfDay(2023, 8, 31));
    expect(task('GD2-02')).toMatchObject({ lead: 'CATP', support: ['CAP5'], deadlineDate: '2023-05-31', review: true });
  });

  it('phase 3: review "trước ngày 15/12/2023" is due at the end of 14/12/2023', () => {
    const t = task('GD3-01');
    expect(t).toMatchObject({ lead: 'BCD_TP', support: ['BCD_P5'], deadlineText: 'hoàn thành trước ngày 15/12/2023' });
    expect(t.deadline).toEqual(endOfDay(2023, 12, 14));
  });

  it('the failing-area follow-up is flagged for review and the 2024 list is due within 12/2023', () => {
    expect(task('GD3-02').review).toBe(true);
    expect(task('GD3-03')).toMatchObject({ lead: 'BCD_TP', deadlineText: 'hoàn thành trong tháng 12/2023' });
    expect(task('GD3-03').deadline).toEqual(endOfDay(2023, 12, 31));
  });

  it('section 2.1: Ward 5 police leads both Ward 5 tasks', () => {
    expect(task('P5-01')).toMatchObject({ lead: 'CAP5', section: 'II.2.1', supportGroups: ['CTXH_P5'] });
    expect(task('P5-01').support).toEqual(['MTTQ_P5', 'DTN_P5', 'HPN_P5', 'HCCB_P5', 'HND_P5']);
    expect(task('P5-02')).toMatchObject({ lead: 'CAP5', support: [] });
  });

  it('quotes every source clause verbatim from the plan text', () => {
    const flat = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ');
    const text = flat(seedText);
    for (const t of plan.tasks) expect(text, t.code).toContain(flat(t.source));
  });

  it('names the Ward 5 units and their aliases', () => {
    const codes = plan.units.map((u) => u.code);
    for (const code of ['BCD_TP', 'CATP', 'CAP5', 'BCD_P5', 'DU_P5', 'UBND_P5', 'MTTQ_P5', 'DTN_P5', 'HPN_P5', 'HCCB_P5', 'HND_P5'])
      expect(codes).toContain(code);
    expect(plan.units.find((u) => u.code === 'CATP')?.aliases).toContain('Công an TP');
  });

  it('carries the common criteria and the local numeric targets', () => {
    const common = plan.criteria.filter((c) => c.kind === 'common');
    expect(common).toHaveLength(7);
    expect(plan.criteria.find((c) => c.code === 'TC-C2')).toMatchObject({ target: { op: '>=', value: 80 }, unitOfMeasure: '%' });
    expect(plan.criteria.find((c) => c.code === 'TC-C3')?.target).toMatchObject({ op: '>=', value: 95 });
    expect(plan.criteria.find((c) => c.code === 'TC-C5')).toMatchObject({ target: { op: '>=', value: 1 }, unitOfMeasure: 'mô hình' });
    expect(plan.criteria.find((c) => c.code === 'TC-T1')?.target).toMatchObject({ op: '<', value: 15 });
    expect(plan.criteria.filter((c) => c.kind === 'target').length).toBeGreaterThanOrEqual(2);
  });
});
