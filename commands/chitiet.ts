import type { DeadlineChangeView } from '../src/core/usecases/compose-task-detail.ts';
import { composeTaskDetail } from '../src/core/usecases/compose-task-detail.ts';
import { assignmentChangesOf } from '../src/core/usecases/assignment-changes.ts';
import { extensionDecisionsOf } from '../src/core/usecases/extension-decision-lines.ts';
import { loadTaskViews } from '../src/core/usecases/load-task-views.ts';
import { closedDoneReports, DONE_REQUEST_CLOSED } from '../src/core/usecases/reassign-closed-reports.ts';
import { codeAndRest } from './args.ts';
import { refuseArchived } from '../src/core/usecases/refuse-archived.ts';
import { refusalText } from './context-helpers.ts';
import { findTaskOrReply } from './submit-report.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

function dateOf(value: unknown): Date | null {
  if (value && typeof value === 'object' && 'dueAt' in value && typeof value.dueAt === 'string') return new Date(value.dueAt);
  return null;
}

/** Shared by /chitiet and the [Chi tiết] button. */
export async function showTaskDetail(ctx: CommandContext, taskId: number): Promise<void> {
  const { stores } = ctx.deps;
  const task = await stores.tasks.getTask(taskId);
  if (!task) return;
  const [[view], reports, evidenceCount, audit, pendingExtensions, decided, closings, assignments, units] = await Promise.all([
    loadTaskViews(stores.reports, [task], ctx.now),
    // more than the 10 shown, so that an undo finds the report it took back
    stores.reports.history(task.id, 20),
    stores.reports.countEvidence(task.id),
    stores.audit.list({ entityType: 'task', entityId: String(task.id), action: 'task.deadline' }),
    stores.extensions.pendingForTask(task.id),
    stores.extensions.decidedForTask(task.id),
    stores.audit.list({ entityType: 'task', entityId: String(task.id), action: DONE_REQUEST_CLOSED }),
    stores.audit.list({ entityType: 'task', entityId: String(task.id), action: 'task.assign' }),
    stores.directory.listUnits(),
  ]);
  const deadlineChanges: DeadlineChangeView[] = audit.map((row) => ({
    at: row.at,
    from: dateOf(row.before),
    to: dateOf(row.after),
    reason: row.reason ?? null,
  }));
  const closedDones = closedDoneReports(closings);
  const byId = new Map(units.map((unit) => [unit.id, unit.name]));
  const assignmentChanges = assignmentChangesOf(assignments, (id) => byId.get(id) ?? String(id));
  const unitNames = new Map(units.map((unit) => [unit.code, unit.shortName ?? unit.name]));
  const detail = composeTaskDetail({
    view: view!,
    reports,
    evidenceCount,
    deadlineChanges,
    pendingExtensions,
    decidedExtensions: extensionDecisionsOf(decided, (id) => byId.get(id) ?? String(id)),
    closedDones,
    assignmentChanges,
    unitNames,
    now: ctx.now,
    locale: ctx.locale,
  });
  // An archived task is still shown (its history matters), but first it says why it is in no list.
  const archived = refuseArchived(task);
  await ctx.reply({ html: archived ? `${refusalText(ctx, archived)}\n\n${detail}` : detail });
}

export const detailCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'chitiet',
  aliases: ['detail'],
  help: { vi: 'Chi tiết một nhiệm vụ: đơn vị, hạn, trích kế hoạch, lịch sử báo cáo.', en: 'A task’s details: units, deadline, plan clause, report history.' },
  usage: { vi: '/chitiet <mã>', en: '/chitiet <code>' },
  menu: true,
  args: codeAndRest,
  async handle(ctx, { code }) {
    const task = (await ctx.deps.stores.tasks.findTaskByCode(code)) ?? (await ctx.deps.stores.tasks.findArchivedTaskByCode(code));
    if (task) await showTaskDetail(ctx, task.id);
    else await findTaskOrReply(ctx, code);
  },
};
