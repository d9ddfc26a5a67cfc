import { confirmPayload, returnPayload } from '../actions/action-payload.ts';
import { noticeQuote } from '../text/excerpt.ts';
import { lateDaysText } from '../digest/wording.ts';
import { html, t } from '../i18n/translate.ts';
import { daysOverdue } from '../status/days-to-due.ts';
import type { Locale, ReportRecord, TaskRecord } from '../model/records.ts';
import type { Button } from '../model/outgoing.ts';
import { formatDateTimeVi, formatDateVi } from '../time/zone.ts';
import type { Occurrence } from '../nudges/recurrence-occurrences.ts';
import { occurrenceOfDone } from '../status/owed-deadline.ts';
import { periodLabel } from '../time/period-label.ts';
import { steeringChats } from './chats-of.ts';
import type { WorkflowPorts } from './ports.ts';

/** The outbox key of the message that asks a steering group to confirm one "done" report. */
export function doneAskKey(reportId: number, chatId: number): string {
  return `done:${reportId}:${chatId}`;
}

/** A "done" to confirm; `occurrence`: the recurring duty's occurrence it was made for (doneOccurrence). */
export interface DoneAskInput {
  unitName: string;
  task: TaskRecord;
  report: ReportRecord;
  occurrence?: Occurrence | null;
}

/** How far back a recurring duty's reports are read to tell which occurrence a "done" was made for. */
const DONE_HISTORY = 2000;

/**
 * The occurrence of a recurring duty a "done" report was made for, as the card and /chitiet judge it
 * (owed-deadline.ts); null for a one-off task.
 */
export async function doneOccurrence(ports: WorkflowPorts, task: TaskRecord, report: ReportRecord): Promise<Occurrence | null> {
  if (!task.recurrence) return null;
  const history = await ports.stores.reports.history(task.id, DONE_HISTORY);
  return occurrenceOfDone(task, history, history.length < DONE_HISTORY, report);
}

/** The deadline the "done" answered to, as the card names it: a one-off task's, or the occurrence's with its period. */
function askDeadline(locale: Locale, input: DoneAskInput): { text: string; due: Date | null } {
  const { task, occurrence } = input;
  if (occurrence)
    return {
      text: t(locale, 'steering.done_due_occurrence', { date: formatDateVi(occurrence.due), period: periodLabel(occurrence.key, locale) }),
      due: occurrence.due,
    };
  if (task.dueAt) return { text: formatDateVi(task.dueAt), due: task.dueAt };
  return { text: task.recurrence ? (task.deadlineText ?? t(locale, 'task.recurring_default')) : t(locale, 'task.no_due_default'), due: null };
}

function askParams(locale: Locale, input: DoneAskInput) {
  const { task, report } = input;
  const deadline = askDeadline(locale, input);
  return {
    unit: input.unitName,
    code: task.code,
    title: task.title,
    due: deadline.text,
    // judged at the report, as every list judges a task reported done
    at: deadline.due
      ? `${formatDateTimeVi(report.createdAt)}, ${lateDaysText(daysOverdue(deadline.due, report.createdAt), locale)}`
      : formatDateTimeVi(report.createdAt),
    // the unit's own words, labelled so they are not read as the bot's verdict
    note: report.note ? html(`\n${t(locale, 'steering.done_words', { note: noticeQuote(report.note) })}`) : '',
  };
}

/** "CATP reports GD1-01 done — confirm or return?" as the steering group first reads it. */
export function composeDoneAsk(locale: Locale, input: DoneAskInput): string {
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
  const ask = { ...input, occurrence: await doneOccurrence(ports, input.task, input.report) };
  for (const chat of await steeringChats(ports)) {
    const key = doneAskKey(input.report.id, chat.id);
    await ports.outbox.enqueue({
      chatId: chat.id,
      kind: 'notice',
      idempotencyKey: `${key}:due:${input.now.getTime()}`,
      message: { html: composeDoneAsk(chat.locale, ask), buttons: doneAskButtons(chat.locale, input.task) },
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
export async function closeDoneAsks(ports: WorkflowPorts, input: DoneAskInput & { now: Date; decision: (locale: Locale) => string }): Promise<void> {
  const ask = { ...input, occurrence: input.occurrence !== undefined ? input.occurrence : await doneOccurrence(ports, input.task, input.report) };
  for (const chat of await steeringChats(ports)) {
    const key = doneAskKey(input.report.id, chat.id);
    await ports.outbox.enqueue({
      chatId: chat.id,
      kind: 'notice',
      idempotencyKey: `${key}:closed`,
      message: { html: t(chat.locale, 'steering.done_closed', { ...askParams(chat.locale, ask), decision: html(input.decision(chat.locale)) }) },
      notBefore: input.now,
      edits: key,
    });
  }
}
