import { expect, it } from 'vitest';
import { Prisma } from '../../src/db/generated/sqlite/client.ts';
import { loadTaskRecords } from '../../src/db/repositories/task-records-query.ts';
import { createStores } from '../../src/db/stores.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const actor = { id: 'test' };
const at = new Date('2023-03-01T02:03:04.567Z');

/** getTask reads one task in one joined query; it must give what the two-query loader gives. */
describeOnEachDatabase('getTask (one query per task)', (use) => {
  it('equals the two-query loader for every task: several units, a removed unit, none, a reported one', async () => {
    const stores = createStores(use());
    const prisma = use().prisma;
    const summary = await stores.plans.importPlan(await loadSeedPlan(), { actor, at });
    await stores.tasks.activatePlan(summary.planId, actor, at);
    const tasks = await stores.tasks.listTasks({ planId: summary.planId });
    const several = tasks.find((t) => t.assignments.length >= 3)!;
    // One unit taken off (its row kept with removedAt), one task left with no unit at all, one report.
    await stores.tasks.assignUnits(
      several.id,
      several.assignments.slice(1).map((a) => ({ unitId: a.unitId, role: a.role })),
      'test',
      actor,
      at,
    );
    const lone = tasks.find((t) => t.id !== several.id && t.assignments.length > 0)!;
    await stores.tasks.assignUnits(lone.id, [], 'test', actor, at);
    const reported = tasks.find((t) => t.id !== several.id && t.id !== lone.id && t.assignments.length > 0)!;
    await stores.reports.appendReport({
      taskId: reported.id,
      unitId: reported.assignments[0]!.unitId,
      status: 'in_progress',
      percent: 30,
      note: null,
      channel: 'reply',
      reporterId: '7',
      reporterName: null,
      sourceChatId: null,
      sourceMessageId: null,
      at,
      taskStatus: { status: 'in_progress', percent: 30, doneReportedAt: null },
      auditAction: 'task.report',
    });
    for (const task of tasks) {
      const [expected] = await loadTaskRecords(prisma, Prisma.sql`${task.id}`, false);
      expect(await stores.tasks.getTask(task.id)).toEqual(expected);
    }
    expect((await stores.tasks.getTask(several.id))!.assignments).toHaveLength(several.assignments.length - 1);
    expect((await stores.tasks.getTask(lone.id))!.assignments).toEqual([]);
    expect((await stores.tasks.getTask(reported.id))!.assignments[0]).toMatchObject({ status: 'in_progress', percent: 30, lastReportAt: at });
    expect(await stores.tasks.getTask(999_999)).toBeNull();
  });
});

/** PostgreSQL reads a reply's task in the update's arrival statement (as JSON): it must be what findTaskByMessage gives. */
describeOnEachDatabase('the replied-to task read with the arrival', (use) => {
  it('equals findTaskByMessage: several units, none, a reported one; nothing for a message that is no task’s', async () => {
    const stores = createStores(use());
    if (!stores.arrival) return; // SQLite records arrivals apart
    const summary = await stores.plans.importPlan(await loadSeedPlan(), { actor, at });
    await stores.tasks.activatePlan(summary.planId, actor, at);
    const tasks = await stores.tasks.listTasks({ planId: summary.planId });
    const several = tasks.find((t) => t.assignments.length >= 3 && t.dueAt !== null)!;
    const lone = tasks.find((t) => t.id !== several.id && t.assignments.length > 0)!;
    await stores.tasks.assignUnits(lone.id, [], 'test', actor, at);
    await stores.reports.appendReport({
      taskId: several.id,
      unitId: several.assignments[1]!.unitId,
      status: 'done',
      percent: 100,
      note: null,
      channel: 'reply',
      reporterId: '7',
      reporterName: null,
      sourceChatId: null,
      sourceMessageId: null,
      at,
      taskStatus: { status: 'awaiting_confirmation', percent: 100, doneReportedAt: at },
      auditAction: 'task.report',
    });
    const chat = await stores.chats.ensureChat({ platform: 'telegram', externalId: '-77', title: null });
    await stores.tasks.recordTaskMessage({ taskId: several.id, chatId: chat.id, messageId: '11', unitId: several.assignments[0]!.unitId });
    await stores.tasks.recordTaskMessage({ taskId: lone.id, chatId: chat.id, messageId: '12', unitId: null });
    const arrive = (key: string, replyToMessageId: string) =>
      stores.arrival!({ key, at, chat: { platform: 'telegram', externalId: '-77', title: null }, member: null, replyToMessageId });
    for (const [key, messageId] of [
      ['telegram:a1', '11'],
      ['telegram:a2', '12'],
    ] as const) {
      const arrived = await arrive(key, messageId);
      expect(arrived?.repliedTask).toEqual({ messageId, found: await stores.tasks.findTaskByMessage(chat.id, messageId) });
    }
    expect((await arrive('telegram:a3', '11'))?.repliedTask?.found.task.assignments[1]).toMatchObject({ status: 'done', doneReportedAt: at, lastReportAt: at });
    expect((await arrive('telegram:a4', '13'))?.repliedTask).toBeUndefined();
  });
});
