import { expect, it } from 'vitest';
import type { NewReport } from '../../src/core/ports/report-store.ts';
import type { TaskRecord } from '../../src/core/model/records.ts';
import { createReportRepository } from '../../src/db/repositories/report-repository.ts';
import { createStores } from '../../src/db/stores.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const actor = { id: 'test' };
const at = new Date('2023-03-01T02:03:04.567Z');

function report(task: TaskRecord, change: Partial<NewReport>): NewReport {
  return {
    current: task,
    taskId: task.id,
    unitId: task.assignments[0]!.unitId,
    status: 'done',
    percent: 100,
    note: 'xong <b>rồi</b> "100%"',
    channel: 'reply',
    reporterId: '7',
    reporterName: 'Cán bộ Ánh',
    sourceChatId: '-5',
    sourceMessageId: '9',
    at,
    taskStatus: { status: 'awaiting_confirmation', percent: 100, doneReportedAt: at, confirmedAt: null },
    auditAction: 'task.report',
    ...change,
  };
}

/**
 * The running bot writes a report's rows without Prisma's interactive transaction (SQLite: prepared
 * statements on Prisma's connection; PostgreSQL: one statement). What lands in the database must be
 * what Prisma's transaction writes, byte for byte where SQLite keeps text.
 */
describeOnEachDatabase('report rows without Prisma’s transaction', (use) => {
  it('are the rows Prisma’s transaction writes: report, assignment, task and audit, dates stored alike', async () => {
    const db = use();
    const { prisma } = db;
    const plain = createStores(db);
    const viaPrisma = createReportRepository(prisma);
    const summary = await plain.plans.importPlan(await loadSeedPlan(), { actor, at });
    await plain.tasks.activatePlan(summary.planId, actor, at);
    const [a, b, c, d] = (await plain.tasks.listTasks({ planId: summary.planId })).filter((t) => t.assignments.length > 0);
    const pairs = [
      [a!, b!, {}],
      // a secretariat decision leaves lastReportAt; a report without a task change leaves the task
      [c!, d!, { channel: 'secretariat', status: 'in_progress', percent: null, note: null, reporterName: null, taskStatus: undefined }],
    ] as const;
    for (const [one, other, change] of pairs) {
      const mine = await plain.reports.appendReport(report(one, change as Partial<NewReport>));
      const theirs = await viaPrisma.appendReport(report(other, change as Partial<NewReport>));
      // the two tasks differ, and so may their lead units
      const { id: _a, taskId: _b, unitId: _e, unitCode: _f, ...mineReport } = mine.report;
      const { id: _c, taskId: _d, unitId: _g, unitCode: _h, ...theirReport } = theirs.report;
      expect(mineReport).toEqual(theirReport);
      expect(mine.task.assignments[0]).toMatchObject({
        status: theirs.task.assignments[0]!.status,
        doneReportedAt: theirs.task.assignments[0]!.doneReportedAt,
      });

      const rowOf = async (taskId: number, reportId: number, unitId: number) => {
        const { id, taskId: _t, unitId: _u, ...statusReport } = await prisma.statusReport.findUniqueOrThrow({ where: { id: reportId } });
        const {
          id: _i,
          taskId: _v,
          unitId: _w,
          createdAt: _cr,
          role: _r,
          ...assignment
        } = await prisma.assignment.findUniqueOrThrow({
          where: { taskId_unitId: { taskId, unitId } },
        });
        const { status, percent, doneReportedAt, confirmedAt } = await prisma.task.findUniqueOrThrow({ where: { id: taskId } });
        const [audit, ...more] = await prisma.auditLog.findMany({ where: { action: 'task.report', entityId: String(taskId) } });
        expect(more).toEqual([]);
        const { id: _x, entityId: _e, afterJson, ...auditRow } = audit!;
        const after = JSON.parse(afterJson!);
        expect(after).toMatchObject({ reportId: id, unitId });
        // the same text, key order included, but the ids
        const afterText = afterJson!.replace(`{"reportId":${id},"unitId":${unitId},`, '{');
        return { statusReport, assignment, task: { status, percent, doneReportedAt, confirmedAt }, audit: { ...auditRow, afterText } };
      };
      expect(await rowOf(one.id, mine.report.id, one.assignments[0]!.unitId)).toEqual(await rowOf(other.id, theirs.report.id, other.assignments[0]!.unitId));
    }
    if (db.provider === 'sqlite') {
      // SQLite keeps dates as text: the plain path stores the text Prisma stores, so either reads it back.
      const stored = await prisma.$queryRawUnsafe<{ createdAt: string; kind: string }[]>(
        'SELECT "createdAt" || \'\' AS "createdAt", typeof("createdAt") AS kind FROM "StatusReport" UNION SELECT "lastReportAt" || \'\', typeof("lastReportAt") FROM "Assignment" WHERE "lastReportAt" IS NOT NULL',
      );
      expect(stored).toEqual([{ createdAt: '2023-03-01T02:03:04.567+00:00', kind: 'text' }]);
    }
  });

  it('write nothing when the unit’s assignment is gone (as Prisma’s update failed the transaction)', async () => {
    const db = use();
    const stores = createStores(db);
    // tasks the first test left alone: the last ones of the plan
    const task = (await stores.tasks.listTasks({})).filter((t) => t.assignments.length > 0).at(-1);
    const unitId = task!.assignments[0]!.unitId;
    await db.prisma.assignment.delete({ where: { taskId_unitId: { taskId: task!.id, unitId } } });
    await expect(stores.reports.appendReport(report(task!, {}))).rejects.toThrow();
    expect(await db.prisma.statusReport.count({ where: { taskId: task!.id } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { action: 'task.report', entityId: String(task!.id) } })).toBe(0);
    expect((await db.prisma.task.findUniqueOrThrow({ where: { id: task!.id } })).status).toBe('not_started');
  });

  it('stay out of a Prisma transaction that is open at the time (SQLite shares one connection)', async () => {
    const db = use();
    const stores = createStores(db);
    const task = (await stores.tasks.listTasks({})).filter((t) => t.assignments.length > 0).at(-2);
    let written: Promise<unknown> | undefined;
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.auditLog.create({ data: { actorId: 'x', action: 'test.rolled_back', entityType: 'task', entityId: '0', createdAt: at } });
        written = stores.reports.appendReport(report(task!, {}));
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await written;
    expect(await db.prisma.auditLog.count({ where: { action: 'test.rolled_back' } })).toBe(0);
    expect(await db.prisma.statusReport.count({ where: { taskId: task!.id } })).toBe(1);
  });
});
