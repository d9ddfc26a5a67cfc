import { describe, expect, it } from 'vitest';
import { describePlanDiff } from '../../../src/core/plans/describe-plan-diff.ts';
import type { TaskChange } from '../../../src/core/plans/diff-plan-tasks.ts';

const fields: TaskChange['fields'] = {
  title: 'Rà soát hồ sơ',
  body: null,
  sourceClause: null,
  section: null,
  phaseCode: null,
  startAt: null,
  dueAt: null,
  deadlineText: null,
  recurrenceJson: null,
};

function changeOf(oldRoles: TaskChange['roles'], roles: TaskChange['roles']): TaskChange {
  return { id: 1, code: 'NV03', fields, changed: ['roles'], deadlineChanged: false, oldDueAt: null, roles, oldRoles };
}

const unitNames = { DK: 'Trường THPT Đông Khê', VP: 'Tổ Văn phòng', TC: 'Tổ Toán' };
const lineOf = (change: TaskChange, english = false) =>
  describePlanDiff({ planNumber: '12/KH-THPT', isNewPlan: false, unitNames, diff: { create: [], update: [change], archive: [], unchanged: 0 } }, english)[2];

describe('a re-import’s difference names the units a changed task moves between', () => {
  it('a new lead, old → new', () => {
    const change = changeOf([{ unitCode: 'DK', role: 'lead' }], [{ unitCode: 'VP', role: 'lead' }]);
    expect(lineOf(change)).toBe('      NV03: chủ trì Trường THPT Đông Khê → Tổ Văn phòng');
    expect(lineOf(change, true)).toBe('      NV03: lead Trường THPT Đông Khê → Tổ Văn phòng');
  });

  it('lead and support swapped, both named; a support added to none', () => {
    const swapped = changeOf(
      [
        { unitCode: 'DK', role: 'lead' },
        { unitCode: 'VP', role: 'support' },
      ],
      [
        { unitCode: 'VP', role: 'lead' },
        { unitCode: 'DK', role: 'support' },
      ],
    );
    expect(lineOf(swapped)).toBe('      NV03: chủ trì Trường THPT Đông Khê → Tổ Văn phòng; phối hợp Tổ Văn phòng → Trường THPT Đông Khê');
    const added = changeOf(
      [{ unitCode: 'DK', role: 'lead' }],
      [
        { unitCode: 'DK', role: 'lead' },
        { unitCode: 'TC', role: 'support' },
      ],
    );
    expect(lineOf(added)).toBe('      NV03: phối hợp — → Tổ Toán');
  });
});

describe('a re-import’s difference names the units the file adds', () => {
  const preview = (count: number) => ({
    planNumber: '12/KH-THPT',
    isNewPlan: false,
    newUnits: Array.from({ length: count }, (_, i) => ({ code: `U${i + 1}`, name: `Tổ ${i + 1}` })),
    diff: { create: [], update: [], archive: [], unchanged: 3 },
  });
  it('by name and code, capped like the tasks, in both languages', () => {
    expect(describePlanDiff(preview(1))).toContain('  + Đơn vị mới (1): Tổ 1 (U1)');
    expect(describePlanDiff(preview(1), true)).toContain('  + New units (1): Tổ 1 (U1)');
    expect(describePlanDiff(preview(3), false, 2)).toContain('  + Đơn vị mới (3): Tổ 1 (U1), Tổ 2 (U2) và 1 đơn vị khác');
    expect(describePlanDiff(preview(0)).join('\n')).not.toContain('Đơn vị mới');
  });
});
