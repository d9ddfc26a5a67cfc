import { expect, it } from 'vitest';
import { createStores } from '../../src/db/stores.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const actor = { id: 'test' };
const at = new Date('2023-03-01T02:03:04.567Z');

/**
 * appendReport writes the report, the unit's assignment, the task and the audit row in one
 * transaction, whether the task was handed in (the usual reply) or not (its assignment read in the
 * transaction); both ways the audit row names the report that was just created.
 */
describeOnEachDatabase('appendReport', (use) => {
  it('writes the same rows with the task handed in as without it, the audit naming each new report', async () => {
    const stores = createStores(use());
    const prisma = use().prisma;
    const summary = await stores.plans.importPlan(await loadSeedPlan(), { actor, at });
    await stores.tasks.activatePlan(summary.planId, actor, at);
    const [first, second] = (await stores.tasks.listTasks({ planId: summary.planId })).filter((t) => t.assignments.length > 0);
    const ids: number[] = [];
    for (const [task, current] of [
      [first!, first!],
      [second!, undefined],
    ] as const) {
      const unitId = task.assignments[0]!.unitId;
      const { report, task: updated } = await stores.reports.appendReport({
        ...(current ? { current } : {}),
        taskId: task.id,
        unitId,
        status: 'in_progress',
        percent: 40,
        note: 'đang "làm", 40%',
        channel: 'reply',
        reporterId: '7',
        reporterName: null,
        sourceChatId: '-5',
        sourceMessageId: '9',
        at,
        taskStatus: { status: 'in_progress', percent: 40, doneReportedAt: null },
        auditAction: 'task.report',
      });
      ids.push(report.id);
      expect(updated).toMatchObject({ status: 'in_progress', percent: 40 });
      const assignment = await prisma.assignment.findUniqueOrThrow({ where: { taskId_unitId: { taskId: task.id, unitId } } });
      expect(assignment).toMatchObject({ status: 'in_progress', percent: 40, lastReportAt: at });
      expect(await prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: 'in_progress', percent: 40 });
      const [audit, ...more] = await prisma.auditLog.findMany({ where: { action: 'task.report', entityId: String(task.id) } });
      expect(more).toEqual([]);
      expect(audit).toMatchObject({ actorId: '7', actorName: null, entityType: 'task', reason: 'đang "làm", 40%', createdAt: at });
      expect(JSON.parse(audit!.afterJson!)).toEqual({
        reportId: report.id,
        unitId,
        status: 'in_progress',
        percent: 40,
        task: { status: 'in_progress', percent: 40, doneReportedAt: null },
      });
      expect(await prisma.statusReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ createdAt: at, note: 'đang "làm", 40%' });
    }
    expect(ids[1]).toBeGreaterThan(ids[0]!);
  });
});
