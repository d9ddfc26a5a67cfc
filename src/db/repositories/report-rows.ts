import { nextDoneReportedAt, nextLastReportAt } from '../../core/model/apply-report.ts';
import type { NewReport } from '../../core/ports/report-store.ts';
import { json } from './mappers.ts';

/**
 * Writes one report's rows (report, the unit's assignment, the task when it changes, audit) in one
 * transaction without Prisma's interactive transaction, the hot write of every status reply.
 * Returns the report's id, or null when this path cannot run now (the caller then uses Prisma's).
 * `assignmentDoneReportedAt` is the unit's assignment as the caller loaded it.
 */
export type ReportRowWriter = (input: NewReport, assignmentDoneReportedAt: Date | null) => Promise<number | null>;

export type Column = readonly [name: string, value: unknown];

/** The StatusReport row, as Prisma's statusReport.create wrote it. */
export function reportColumns(input: NewReport): Column[] {
  return [
    ['taskId', input.taskId],
    ['unitId', input.unitId],
    ['status', input.status],
    ['percent', input.percent],
    ['note', input.note],
    ['channel', input.channel],
    ['reporterId', input.reporterId],
    ['reporterName', input.reporterName],
    ['sourceChatId', input.sourceChatId],
    ['sourceMessageId', input.sourceMessageId],
    ['retractsReportId', input.retractsReportId ?? null],
    ['period', input.period ?? null],
    ['createdAt', input.at],
  ];
}

/** What the unit's assignment becomes. A secretariat decision (confirm, return, resolve) is not the unit reporting. */
export function assignmentChanges(input: NewReport, doneReportedAt: Date | null): Column[] {
  return [
    ['status', input.status],
    ['percent', input.percent],
    ...(input.channel === 'secretariat' ? [] : [['lastReportAt', nextLastReportAt(input, null)] as const]),
    ['doneReportedAt', nextDoneReportedAt(input.status, doneReportedAt, input.at)],
  ];
}

/** What the task becomes, or null when the report leaves it (`updatedAt` as Prisma's @updatedAt sets it). */
export function taskChanges(input: NewReport, now: Date): Column[] | null {
  const change = input.taskStatus;
  if (!change) return null;
  return [
    ['status', change.status],
    ['percent', change.percent],
    ...(change.doneReportedAt !== undefined ? [['doneReportedAt', change.doneReportedAt] as const] : []),
    ...(change.confirmedAt !== undefined ? [['confirmedAt', change.confirmedAt] as const] : []),
    ['updatedAt', now],
  ];
}

/** The audit row but its afterJson, which needs the report's id. */
export function auditColumns(input: NewReport): Column[] {
  return [
    ['actorId', input.reporterId],
    ['actorName', input.reporterName],
    ['action', input.auditAction],
    ['entityType', 'task'],
    ['entityId', String(input.taskId)],
    ['reason', input.note],
    ['createdAt', input.at],
  ];
}

/** The audit's afterJson after `{"reportId":<id>` — the same text `json({ reportId, unitId, … })` gives. */
export function auditAfterTail(input: NewReport): string {
  const rest = json({ unitId: input.unitId, status: input.status, percent: input.percent, task: input.taskStatus }) ?? '{}';
  return `,${rest.slice(1)}`;
}

export function auditAfterJson(reportId: number, input: NewReport): string {
  return `{"reportId":${reportId}${auditAfterTail(input)}`;
}
