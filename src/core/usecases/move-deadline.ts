import { lateDaysText } from '../digest/wording.ts';
import { noticeQuote } from '../text/excerpt.ts';
import { t } from '../i18n/translate.ts';
import type { Actor, ChatRecord, Locale, TaskRecord } from '../model/records.ts';
import { daysOverdue } from '../status/days-to-due.ts';
import { formatDateTimeVi, formatDateVi, localDateKey } from '../time/zone.ts';
import { notifyUnitChats } from './notify-unit-chats.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { unknownTaskRefusal } from './refuse-archived.ts';
import { refreshTaskCards } from './refresh-task-cards.ts';
import { checkSecretariat } from './secretariat-authority.ts';
import { findPendingDone, refreshDoneAsks } from './steering-done-ask.ts';

/** A lead's "done" that still waits for confirmation when the deadline moved: judged by the old and by the new deadline. */
export interface PendingDoneVerdict {
  unitName: string;
  reportedAt: Date;
  /** whole days late (0: on time); null: no deadline */
  lateBefore: number | null;
  lateAfter: number;
}

export type MoveDeadlineResult = { ok: true; task: TaskRecord; from: Date | null; pendingDone: PendingDoneVerdict | null } | Refusal;

/** The line /doihan adds when a "done" waits: it stays waiting, and is now judged by the new deadline. */
export function pendingDoneLine(verdict: PendingDoneVerdict, locale: Locale): string {
  return t(locale, 'deadline.pending_done', {
    unit: verdict.unitName,
    at: formatDateTimeVi(verdict.reportedAt),
    after: lateDaysText(verdict.lateAfter, locale),
    before: verdict.lateBefore === null ? t(locale, 'deadline.no_due_verdict') : lateDaysText(verdict.lateBefore, locale),
  });
}

export function dateOrNone(date: Date | null, locale: 'vi' | 'en'): string {
  return date ? formatDateVi(date) : t(locale, 'task.no_due_default');
}

/** `/doihan`: the secretariat moves a deadline (today or later) with a reason; the unit groups are told. */
export async function moveDeadline(
  ports: WorkflowPorts,
  input: { taskCode: string; dueAt: Date; reason: string; chat: ChatRecord; isSecretariat: boolean; actor: Actor; now: Date },
): Promise<MoveDeadlineResult> {
  const denied = checkSecretariat(input);
  if (denied) return denied;
  const task = await ports.stores.tasks.findTaskByCode(input.taskCode);
  if (!task) return unknownTaskRefusal(ports.stores.tasks, input.taskCode);
  // the same date again: no audit line, no notice to the units, and the secretariat is told so
  if (task.dueAt && localDateKey(task.dueAt) === localDateKey(input.dueAt)) {
    return refuse('deadline.unchanged', { code: task.code, date: formatDateVi(task.dueAt) });
  }
  // A deadline already behind us would make the task overdue the moment it is set; today is still allowed.
  if (localDateKey(input.dueAt) < localDateKey(input.now)) {
    return refuse('args.deadline_past', { date: formatDateVi(input.dueAt), today: formatDateVi(input.now) });
  }
  const updated = await ports.stores.tasks.moveDeadline(task.id, input.dueAt, input.reason, input.actor, input.now);
  await refreshTaskCards(ports, { task: updated, now: input.now });
  const pendingDone = await refreshPendingDone(ports, { task: updated, from: task.dueAt, now: input.now });
  await notifyUnitChats(ports, {
    unitIds: updated.assignments.map((a) => a.unitId),
    taskId: task.id,
    key: `deadline:${task.id}:${input.now.getTime()}`,
    now: input.now,
    compose: (locale) => ({
      html: t(locale, 'deadline.unit_notice', {
        code: task.code,
        title: task.title,
        from: dateOrNone(task.dueAt, locale),
        to: formatDateVi(input.dueAt),
        reason: noticeQuote(input.reason),
      }),
    }),
  });
  return { ok: true, task: updated, from: task.dueAt, pendingDone };
}

/**
 * A "done" awaiting confirmation stays awaiting; the one verdict every view derives (report time
 * against the task's deadline) now uses the new deadline, so the steering group's ask is edited to match.
 */
async function refreshPendingDone(ports: WorkflowPorts, input: { task: TaskRecord; from: Date | null; now: Date }): Promise<PendingDoneVerdict | null> {
  const { task } = input;
  const lead = task.assignments.find((a) => a.role === 'lead');
  if (task.status !== 'awaiting_confirmation' || !lead || !task.dueAt) return null;
  const report = findPendingDone(await ports.stores.reports.history(task.id, 500), lead.unitId);
  if (!report) return null;
  await refreshDoneAsks(ports, { task, report, unitName: lead.unitName, now: input.now });
  return {
    unitName: lead.unitName,
    reportedAt: report.createdAt,
    lateBefore: input.from ? daysOverdue(input.from, report.createdAt) : null,
    lateAfter: daysOverdue(task.dueAt, report.createdAt),
  };
}
