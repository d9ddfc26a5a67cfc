import { confirmPayload, returnPayload } from '../actions/action-payload.ts';
import { noticeQuote } from '../text/excerpt.ts';
import { lateDaysText } from '../digest/wording.ts';
import { html, t } from '../i18n/translate.ts';
import { daysOverdue } from '../status/days-to-due.ts';
import type { Locale, ReportRecord, TaskRecord } from '../model/records.ts';
import type { Button } from '../model/outgoing.ts';
import { formatDateTimeVi, formatDateVi } from '../time/zone.ts';
import { steeringChats } from './chats-of.ts';
import type { WorkflowPorts } from './ports.ts';

/** The outbox key of the message that asks a steering group to confirm one "done" report. */
export function doneAskKey(reportId: number, chatId: number): string {
  return `done:${reportId}:${chatId}`;
}

function askParams(locale: Locale, input: { unitName: string; task: TaskRecord; report: ReportRecord }) {
  const { task, report } = input;
  return {
    unit: input.unitName,
    code: task.code,
    title: task.title,
    due: task.dueAt ? formatDateVi(task.dueAt) : t(locale, 'task.no_due_default'),
    // judged at the report, as every list judges a task reported done
    at: task.dueAt
      ? `${formatDateTimeVi(report.createdAt)}, ${lateDaysText(daysOverdue(task.dueAt, report.createdAt), locale)}`
      : formatDateTimeVi(report.createdAt),
    // the unit's own words, labelled so they are not read as the bot's verdict
    note: report.note ? html(`\n${t(locale, 'steering.done_words', { note: noticeQuote(report.note) })}`) : '',
  };
}

/** "CATP reports GD1-01 done — confirm or return?" as the steering group first reads it. */
export function composeDoneAsk(locale: Locale, input: { unitName: string; task: TaskRecord; report: ReportRecord }): string {
  return t(locale, 'steering.done_ask', askParams(locale, input));
}

/** [Xác nhận] [Trả lại] under the ask. */
export function doneAskButtons(locale: Locale, task: TaskRecord): Button[][] {
  return [
    [
      { text: t(locale, 'button.confirm'), data: confirmPayload(task.id), fallback: `/xacnhan ${task.code}` },
      { text: t(locale, 'button.return'), data: returnPayload(task.id), fallback: `/tralai ${task.code} ${locale === 'en' ? '<reason>' : '<lý do>'}` },
    ],
  ];
}

/**
 * The task's deadline moved while the ask waits: every steering group's copy is edited to the new
 * deadline and the verdict judged by it, buttons kept, so it says what /chitiet and the digests say.
 */
export async function refreshDoneAsks(ports: WorkflowPorts, input: { task: TaskRecord; report: ReportRecord; unitName: string; now: Date }): Promise<void> {
  for (const chat of await steeringChats(ports)) {
    const key = doneAskKey(input.report.id, chat.id);
    await ports.outbox.enqueue({
      chatId: chat.id,
      kind: 'notice',
      idempotencyKey: `${key}:due:${input.now.getTime()}`,
      message: { html: composeDoneAsk(chat.locale, input), buttons: doneAskButtons(chat.locale, input.task) },
      notBefore: input.now,
      edits: key,
    });
  }
}

/**
 * The lead's "done" still waiting for the secretariat: its latest own report if that is a "done"
 * nobody retracted. Secretariat decisions and retractions are not reports of the unit's work.
 */
export function findPendingDone(history: readonly ReportRecord[], leadUnitId: number): ReportRecord | null {
  const retracted = new Set(history.flatMap((r) => (r.retractsReportId === null ? [] : [r.retractsReportId])));
  for (const report of history) {
    if (report.unitId !== leadUnitId || report.retractsReportId !== null || retracted.has(report.id)) continue;
    if (report.channel === 'secretariat') return null;
    return report.status === 'done' ? report : null;
  }
  return null;
}

/**
 * The ask is answered (confirmed, returned, or withdrawn by the unit): every steering group's copy
 * is edited to show what happened, without its buttons, so nobody presses them again.
 */
export async function closeDoneAsks(
  ports: WorkflowPorts,
  input: { task: TaskRecord; report: ReportRecord; unitName: string; now: Date; decision: (locale: Locale) => string },
): Promise<void> {
  for (const chat of await steeringChats(ports)) {
    const key = doneAskKey(input.report.id, chat.id);
    await ports.outbox.enqueue({
      chatId: chat.id,
      kind: 'notice',
      idempotencyKey: `${key}:closed`,
      message: { html: t(chat.locale, 'steering.done_closed', { ...askParams(chat.locale, input), decision: html(input.decision(chat.locale)) }) },
      notBefore: input.now,
      edits: key,
    });
  }
}
