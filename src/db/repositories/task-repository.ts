import { followNewLead } from './follow-new-lead.ts';
import type { TaskRecord } from '../../core/model/records.ts';
import type { TaskStore } from '../../core/ports/task-store.ts';
import type { PrismaDb } from '../open-database.ts';
import { auditRow, taskInclude, toPlan, toTask } from './mappers.ts';
import { BoundedCache } from './bounded-cache.ts';
import { listTasksOfUnits, loadOneTask } from './task-records-query.ts';

/** SQLite through Prisma's adapter refuses queries with more bound parameters than about a thousand. */
const MAX_IDS_PER_QUERY = 900;

export function createTaskRepository(prisma: PrismaDb): TaskStore {
  const loadTask = (id: number) => loadOneTask(prisma, id);
  // A message's task never changes once sent, so replies to it need not look the link up again.
  const links = new BoundedCache<string, { taskId: number; unitId: number | null }>(50_000);
  return {
    async getActivePlans() {
      const rows = await prisma.plan.findMany({ where: { status: 'active' }, include: { phases: true }, orderBy: { id: 'asc' } });
      return rows.map(toPlan);
    },
    async getPlanByNumber(number) {
      const row = await prisma.plan.findUnique({ where: { number }, include: { phases: true } });
      return row ? toPlan(row) : null;
    },
    async activatePlan(planId, actor, at) {
      await prisma.$transaction([
        prisma.plan.update({ where: { id: planId }, data: { status: 'active', activatedAt: at } }),
        prisma.auditLog.create({ data: auditRow(actor, 'plan.activate', { type: 'plan', id: planId }, { at }) }),
      ]);
    },
    async listTasks(filter = {}) {
      if (filter.unitIds && filter.planId === undefined && !filter.withArchived) return listTasksOfUnits(prisma, filter.unitIds);
      const unitIds = filter.unitIds ?? (filter.unitId !== undefined ? [filter.unitId] : undefined);
      let taskIds: number[] | undefined;
      if (unitIds) {
        // Assignments first (indexed by unit): filtering tasks through a relation made SQLite scan every task.
        const links = await prisma.assignment.findMany({ where: { unitId: { in: [...unitIds] }, removedAt: null }, select: { taskId: true } });
        taskIds = [...new Set(links.map((link) => link.taskId))];
        if (taskIds.length === 0) return [];
      }
      const query = (ids: number[] | undefined) =>
        prisma.task.findMany({
          where: {
            ...(filter.withArchived ? {} : { archivedAt: null }),
            plan: { status: 'active' },
            ...(filter.planId !== undefined ? { planId: filter.planId } : {}),
            ...(ids ? { id: { in: ids } } : {}),
          },
          include: taskInclude,
          orderBy: [{ dueAt: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
        });
      if (!taskIds || taskIds.length <= MAX_IDS_PER_QUERY) return (await query(taskIds)).map(toTask);
      // Past the driver's parameter limit: query in chunks, then restore one order (no deadline first).
      const tasks: TaskRecord[] = [];
      for (let i = 0; i < taskIds.length; i += MAX_IDS_PER_QUERY) tasks.push(...(await query(taskIds.slice(i, i + MAX_IDS_PER_QUERY))).map(toTask));
      const due = (task: TaskRecord) => task.dueAt?.getTime() ?? Number.NEGATIVE_INFINITY;
      return tasks.sort((a, b) => due(a) - due(b) || a.id - b.id);
    },
    getTask: loadTask,
    async findTaskByCode(code) {
      const wanted = code.trim().toUpperCase();
      const row = await prisma.task.findFirst({
        where: { code: wanted, archivedAt: null, plan: { status: 'active' } },
        include: taskInclude,
        orderBy: { id: 'desc' },
      });
      return row ? toTask(row) : null;
    },
    async findArchivedTaskByCode(code) {
      const row = await prisma.task.findFirst({
        where: { code: code.trim().toUpperCase(), archivedAt: { not: null } },
        include: taskInclude,
        orderBy: { archivedAt: 'desc' },
      });
      return row ? toTask(row) : null;
    },
    async findTaskByMessage(chatId, messageId) {
      const key = `${chatId}:${messageId}`;
      let link = links.get(key);
      if (!link) {
        const row = await prisma.taskMessage.findUnique({ where: { chatId_messageId: { chatId, messageId } } });
        if (!row) return null;
        link = { taskId: row.taskId, unitId: row.unitId };
        links.set(key, link);
      }
      const task = await loadTask(link.taskId);
      return task ? { task, unitId: link.unitId } : null;
    },
    async recordTaskMessage({ taskId, chatId, messageId, unitId }) {
      links.delete(`${chatId}:${messageId}`);
      await prisma.taskMessage.upsert({
        where: { chatId_messageId: { chatId, messageId } },
        create: { taskId, chatId, messageId, unitId },
        update: { taskId, unitId },
      });
    },
    async assignmentRemovedAt(taskId, unitId) {
      const row = await prisma.assignment.findUnique({ where: { taskId_unitId: { taskId, unitId } }, select: { removedAt: true } });
      return row?.removedAt ?? null;
    },
    async assignUnits(taskId, roles, reason, actor, at, reopen) {
      await prisma.$transaction(async (tx) => {
        const current = await tx.assignment.findMany({ where: { taskId } });
        const before = current.filter((a) => !a.removedAt).map((a) => ({ unitId: a.unitId, role: a.role }));
        const wanted = new Map(roles.map((r) => [r.unitId, r.role]));
        for (const a of current) {
          if (!wanted.has(a.unitId) && !a.removedAt) {
            await tx.assignment.update({ where: { id: a.id }, data: { removedAt: at } });
          }
        }
        for (const [unitId, role] of wanted) {
          await tx.assignment.upsert({
            where: { taskId_unitId: { taskId, unitId } },
            create: { taskId, unitId, role, createdAt: at },
            update: { role, removedAt: null },
          });
        }
        await tx.auditLog.create({ data: auditRow(actor, 'task.assign', { type: 'task', id: taskId }, { before, after: roles, reason, at }) });
        if (!reopen) await followNewLead(tx, taskId, before.find((a) => a.role === 'lead')?.unitId ?? null);
        if (reopen) {
          const task = await tx.task.findUniqueOrThrow({ where: { id: taskId } });
          await tx.task.update({ where: { id: taskId }, data: { status: reopen.status, percent: reopen.percent, doneReportedAt: null } });
          // the former lead's closed "done" must not live on in its own part (it may stay as a supporting unit)
          await tx.assignment.update({
            where: { taskId_unitId: { taskId, unitId: reopen.closed.unitId } },
            data: { status: reopen.formerLeadPart.status, percent: reopen.formerLeadPart.percent, doneReportedAt: null },
          });
          await tx.auditLog.create({
            data: auditRow(
              actor,
              'task.done_request_closed',
              { type: 'task', id: taskId },
              {
                before: { status: task.status, percent: task.percent, doneReportedAt: task.doneReportedAt },
                after: { status: reopen.status, percent: reopen.percent, ...reopen.closed },
                reason,
                at,
              },
            ),
          });
        }
      });
      return (await loadTask(taskId))!;
    },
    async moveDeadline(taskId, newDueAt, reason, actor, at, extensionRequestId = null) {
      await prisma.$transaction(async (tx) => {
        const task = await tx.task.findUniqueOrThrow({ where: { id: taskId } });
        await tx.task.update({ where: { id: taskId }, data: { dueAt: newDueAt } });
        await tx.deadlineChange.create({
          data: { taskId, oldDueAt: task.dueAt, newDueAt, reason, changedBy: actor.id, extensionRequestId, createdAt: at },
        });
        await tx.auditLog.create({
          data: auditRow(actor, 'task.deadline', { type: 'task', id: taskId }, { before: { dueAt: task.dueAt }, after: { dueAt: newDueAt }, reason, at }),
        });
      });
      return (await loadTask(taskId))!;
    },
  };
}
