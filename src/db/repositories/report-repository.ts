import { applyReport, nextDoneReportedAt, nextLastReportAt } from '../../core/model/apply-report.ts';
import type { ReportRecord } from '../../core/model/records.ts';
import type { NewReport, ReportStore } from '../../core/ports/report-store.ts';
import type { PrismaDb } from '../open-database.ts';
import { Prisma } from '../generated/sqlite/client.ts';
import { json, toReport } from './mappers.ts';
import type { ReportRowWriter } from './report-rows.ts';
import { loadTaskRecords } from './task-records-query.ts';

const withUnit = { unit: { select: { code: true } } } as const;
/** Task ids per history read: well under SQLite's and PostgreSQL's bound-parameter limits. */
const TASKS_PER_HISTORY_QUERY = 500;

/** The report row's columns from the input, the same whichever path writes it. */
function reportRowFields(input: NewReport) {
  return {
    taskId: input.taskId,
    unitId: input.unitId,
    status: input.status,
    percent: input.percent,
    note: input.note,
    channel: input.channel,
    reporterId: input.reporterId,
    reporterName: input.reporterName,
    sourceChatId: input.sourceChatId,
    sourceMessageId: input.sourceMessageId,
    retractsReportId: input.retractsReportId ?? null,
    period: input.period ?? null,
    createdAt: input.at,
  };
}

/** The report's rows through Prisma's interactive transaction: reports with files, tasks not loaded by the caller. */
function writeWithPrisma(prisma: PrismaDb, input: NewReport, known: { doneReportedAt: Date | null } | undefined) {
  return prisma.$transaction(async (tx) => {
    const report = await tx.statusReport.create({ data: reportRowFields(input) });
    const unitKey = { taskId_unitId: { taskId: input.taskId, unitId: input.unitId } };
    const assignment = known ?? (await tx.assignment.findUnique({ where: unitKey }));
    if (assignment) {
      await tx.assignment.update({
        where: unitKey,
        data: {
          status: input.status,
          percent: input.percent,
          // A secretariat decision (confirm, return, resolve) is not the unit reporting.
          ...(input.channel === 'secretariat' ? {} : { lastReportAt: nextLastReportAt(input, null) }),
          doneReportedAt: nextDoneReportedAt(input.status, assignment.doneReportedAt, input.at),
        },
      });
    }
    if (input.taskStatus) {
      await tx.task.update({
        where: { id: input.taskId },
        data: {
          status: input.taskStatus.status,
          percent: input.taskStatus.percent,
          ...(input.taskStatus.doneReportedAt !== undefined ? { doneReportedAt: input.taskStatus.doneReportedAt } : {}),
          ...(input.taskStatus.confirmedAt !== undefined ? { confirmedAt: input.taskStatus.confirmedAt } : {}),
        },
      });
    }
    for (const evidence of input.evidence ?? []) {
      await tx.evidence.create({ data: { ...evidence, taskId: input.taskId, unitId: input.unitId, reportId: report.id } });
    }
    await tx.auditLog.create({
      data: {
        actorId: input.reporterId,
        actorName: input.reporterName,
        action: input.auditAction,
        entityType: 'task',
        entityId: String(input.taskId),
        afterJson: json({ reportId: report.id, unitId: input.unitId, status: input.status, percent: input.percent, task: input.taskStatus }),
        reason: input.note,
        createdAt: input.at,
      },
    });
    return report;
  });
}

/** `writeRows`: the report's rows without Prisma's interactive transaction (sqlite-report-rows.ts, pg-report-rows.ts). */
export function createReportRepository(prisma: PrismaDb, writeRows?: ReportRowWriter): ReportStore {
  return {
    async appendReport(input) {
      const known = input.current?.assignments.find((a) => a.unitId === input.unitId);
      // The common case (a unit's report on the task it just read, no files) skips Prisma's transaction.
      const writtenId = writeRows && known && !input.evidence?.length ? await writeRows(input, known.doneReportedAt) : null;
      const created = writtenId === null ? await writeWithPrisma(prisma, input, known) : { id: writtenId, ...reportRowFields(input) };
      // The created row has everything but the unit's code, which the task carries.
      const task = input.current ? applyReport(input.current, input) : (await loadTaskRecords(prisma, Prisma.sql`${input.taskId}`, false))[0]!;
      const unitCode =
        task.assignments.find((a) => a.unitId === input.unitId)?.unitCode ??
        (await prisma.unit.findUniqueOrThrow({ where: { id: input.unitId }, select: { code: true } })).code;
      return { report: toReport({ ...created, unit: { code: unitCode } }), task };
    },
    async getReport(id) {
      const row = await prisma.statusReport.findUnique({ where: { id }, include: withUnit });
      return row ? toReport(row) : null;
    },
    async history(taskId, limit = 50) {
      const rows = await prisma.statusReport.findMany({
        where: { taskId },
        include: withUnit,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: limit,
      });
      return rows.map(toReport);
    },
    async historyOfTasks(taskIds, limitPerTask) {
      const byTask = new Map<number, ReportRecord[]>();
      for (let from = 0; from < taskIds.length; from += TASKS_PER_HISTORY_QUERY) {
        const ids = taskIds.slice(from, from + TASKS_PER_HISTORY_QUERY);
        const rows = await prisma.statusReport.findMany({
          where: { taskId: { in: [...ids] } },
          include: withUnit,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        });
        for (const row of rows) {
          const list = byTask.get(row.taskId) ?? [];
          if (list.length < limitPerTask) list.push(toReport(row));
          byTask.set(row.taskId, list);
        }
      }
      for (const id of taskIds) if (!byTask.has(id)) byTask.set(id, []);
      return byTask;
    },
    async previousReport(taskId, unitId, beforeReportId) {
      // A report already undone does not count: undoing the next one must not bring it back.
      const undone = await prisma.statusReport.findMany({
        where: { taskId, unitId, retractsReportId: { not: null } },
        select: { retractsReportId: true },
      });
      const row = await prisma.statusReport.findFirst({
        where: { taskId, unitId, id: { lt: beforeReportId, notIn: undone.map((r) => r.retractsReportId!) }, retractsReportId: null },
        include: withUnit,
        orderBy: { id: 'desc' },
      });
      return row ? toReport(row) : null;
    },
    async addEvidence(taskId, unitId, reportId, evidence) {
      await prisma.evidence.create({ data: { ...evidence, taskId, unitId, reportId } });
    },
    async countEvidence(taskId) {
      return prisma.evidence.count({ where: { taskId } });
    },
  };
}
