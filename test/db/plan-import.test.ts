import { expect, it } from 'vitest';
import { createStores } from '../../src/db/stores.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const actor = { id: 'secretariat-1', name: 'Thường trực' };
const at = new Date('2023-02-27T02:00:00Z');

describeOnEachDatabase('plan import', (use) => {
  it('imports the seed plan with units, phases, tasks and roles', async () => {
    const stores = createStores(use());
    const plan = await loadSeedPlan();
    const summary = await stores.plans.importPlan(plan, { actor, at });
    expect(summary.isNewPlan).toBe(true);
    expect(summary.created).toHaveLength(plan.tasks.length);
    const stored = await use().prisma.task.findMany({ include: { assignments: { include: { unit: true } } } });
    const gd1 = stored.find((t) => t.code === 'GD1-01')!;
    expect(gd1.dueAt?.toISOString()).toBe('2023-02-28T16:59:59.999Z');
    expect(gd1.assignments.find((a) => a.role === 'lead')?.unit.code).toBe('CATP');
    expect(await use().prisma.phase.count()).toBe(plan.phases.length);
  });

  it('changes nothing when the same plan is imported again', async () => {
    const stores = createStores(use());
    const plan = await loadSeedPlan();
    const auditBefore = await use().prisma.auditLog.count();
    const tasksBefore = await use().prisma.task.findMany({ orderBy: { id: 'asc' } });
    const summary = await stores.plans.importPlan(plan, { actor, at: new Date(at.getTime() + 60_000) });
    expect(summary).toMatchObject({ isNewPlan: false, created: [], updated: [], archived: [], unchanged: plan.tasks.length });
    expect(await use().prisma.auditLog.count()).toBe(auditBefore);
    expect(await use().prisma.task.findMany({ orderBy: { id: 'asc' } })).toEqual(tasksBefore);
  });

  it('updates a changed plan, keeps every report, audits the deadline and archives removed tasks', async () => {
    const stores = createStores(use());
    const prisma = use().prisma;
    const plan = await loadSeedPlan();
    const gd1 = await prisma.task.findFirstOrThrow({ where: { code: 'GD1-01' } });
    const catp = await prisma.unit.findUniqueOrThrow({ where: { code: 'CATP' } });
    await stores.reports.appendReport({
      taskId: gd1.id,
      unitId: catp.id,
      status: 'in_progress',
      percent: 40,
      note: 'đang xây dựng',
      channel: 'command',
      reporterId: 'u1',
      reporterName: 'Cán bộ',
      sourceChatId: null,
      sourceMessageId: null,
      at,
      auditAction: 'report.add',
      taskStatus: { status: 'in_progress', percent: 40 },
    });
    const removed = plan.tasks.at(-1)!;
    const changed = {
      ...plan,
      tasks: plan.tasks
        .slice(0, -1)
        .map((t) => (t.code === 'GD1-01' ? { ...t, deadline: new Date('2023-03-05T16:59:59.999Z'), deadlineDate: '2023-03-05' } : t)),
    };
    const summary = await stores.plans.importPlan(changed, { actor, at: new Date('2023-03-01T01:00:00Z') });
    expect(summary.updated).toEqual(['GD1-01']);
    expect(summary.archived).toEqual([removed.code]);
    expect(summary.deadlineChanges).toEqual([{ code: 'GD1-01', from: new Date('2023-02-28T16:59:59.999Z'), to: new Date('2023-03-05T16:59:59.999Z') }]);
    expect(await prisma.statusReport.count({ where: { taskId: gd1.id } })).toBe(1);
    const change = await prisma.deadlineChange.findFirstOrThrow({ where: { taskId: gd1.id } });
    expect(change.newDueAt?.toISOString()).toBe('2023-03-05T16:59:59.999Z');
    const audits = await prisma.auditLog.findMany({ where: { action: { in: ['task.deadline', 'task.archive'] } } });
    expect(audits.map((a) => a.action).sort()).toEqual(['task.archive', 'task.deadline']);
    const archived = await prisma.task.findFirstOrThrow({ where: { code: removed.code } });
    expect(archived.archivedAt).not.toBeNull();
    expect((await stores.tasks.listTasks()).map((t) => t.code)).not.toContain(removed.code);
  });
});
