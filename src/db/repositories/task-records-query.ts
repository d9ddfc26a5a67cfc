/**
 * Tasks with their plan, phase and assignments in two plain SQL queries instead of Prisma's relation
 * loading (five queries, and per-row work that dominated a national digest run and every reply).
 */
import type { TaskRecord } from '../../core/model/records.ts';
import { Prisma } from '../generated/sqlite/client.ts';
import type { PrismaDb } from '../open-database.ts';
import { type TaskRow, toTask } from './mappers.ts';

const UNITS_PER_QUERY = 400;

type Raw = Record<string, unknown>;

const date = (value: unknown): Date | null => (value === null || value === undefined ? null : value instanceof Date ? value : new Date(String(value)));
const int = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

async function loadChunk(prisma: PrismaDb, unitIds: readonly number[]): Promise<TaskRecord[]> {
  const ofUnits = Prisma.sql`SELECT "taskId" FROM "Assignment" WHERE "unitId" IN (${Prisma.join([...unitIds])}) AND "removedAt" IS NULL`;
  return loadTaskRecords(prisma, ofUnits, true);
}

/**
 * Tasks whose id is in `taskIds` (a SQL list or subquery) with plan, phase and live assignments, in
 * two queries. `activeOnly` keeps tasks of active plans that are not archived.
 */
export async function loadTaskRecords(prisma: PrismaDb, taskIds: Prisma.Sql, activeOnly: boolean): Promise<TaskRecord[]> {
  const activeFilter = activeOnly ? Prisma.sql`AND t."archivedAt" IS NULL AND p."status" = 'active'` : Prisma.empty;
  const tasks = await prisma.$queryRaw<Raw[]>`
    SELECT t."id", t."planId", t."code", t."title", t."body", t."sourceClause", t."section", t."startAt", t."dueAt",
           t."deadlineText", t."recurrenceJson", t."status", t."percent", t."doneReportedAt", t."confirmedAt", t."archivedAt",
           p."number" AS "planNumber", p."issueDate" AS "planIssueDate", ph."code" AS "phaseCode", ph."name" AS "phaseName"
      FROM "Task" t JOIN "Plan" p ON p."id" = t."planId" LEFT JOIN "Phase" ph ON ph."id" = t."phaseId"
     WHERE t."id" IN (${taskIds}) ${activeFilter}`;
  const assignments = await prisma.$queryRaw<Raw[]>`
    SELECT a."id", a."taskId", a."unitId", a."role", a."status", a."percent", a."lastReportAt", a."doneReportedAt", a."createdAt",
           u."code" AS "unitCode", u."name" AS "unitName", u."shortName" AS "unitShortName"
      FROM "Assignment" a JOIN "Unit" u ON u."id" = a."unitId"
     WHERE a."taskId" IN (${taskIds}) AND a."removedAt" IS NULL`;
  // Sorted here: ORDER BY id made SQLite walk the whole Assignment table in rowid order per chunk.
  assignments.sort((x, y) => Number(x.id) - Number(y.id));
  const byTask = new Map<number, Raw[]>();
  for (const a of assignments) {
    const taskId = Number(a.taskId);
    const list = byTask.get(taskId) ?? [];
    list.push(a);
    byTask.set(taskId, list);
  }
  return tasks.map((t) => toTaskRecord(t, byTask.get(Number(t.id)) ?? []));
}

/** One task row (with plan number and phase) and its assignment rows (with unit), as a TaskRecord. */
function toTaskRecord(t: Raw, assignments: readonly Raw[]): TaskRecord {
  const id = Number(t.id);
  const row = {
    id,
    planId: Number(t.planId),
    code: t.code,
    title: t.title,
    body: t.body ?? null,
    sourceClause: t.sourceClause ?? null,
    section: t.section ?? null,
    startAt: date(t.startAt),
    dueAt: date(t.dueAt),
    deadlineText: t.deadlineText ?? null,
    recurrenceJson: t.recurrenceJson ?? null,
    status: t.status,
    percent: int(t.percent),
    doneReportedAt: date(t.doneReportedAt),
    confirmedAt: date(t.confirmedAt),
    archivedAt: date(t.archivedAt),
    plan: { number: t.planNumber, issueDate: date(t.planIssueDate) },
    phase: t.phaseCode === null || t.phaseCode === undefined ? null : { code: t.phaseCode, name: t.phaseName },
    assignments: assignments.map((a) => ({
      id: Number(a.id),
      taskId: id,
      unitId: Number(a.unitId),
      role: a.role,
      status: a.status,
      percent: int(a.percent),
      lastReportAt: date(a.lastReportAt),
      doneReportedAt: date(a.doneReportedAt),
      createdAt: date(a.createdAt),
      unit: { code: a.unitCode, name: a.unitName, shortName: a.unitShortName ?? null },
    })),
  };
  return toTask(row as unknown as TaskRow);
}

/** One task with its plan, phase and live assignments, a row per assignment; the caller adds `WHERE t."id" = …`. */
export const ONE_TASK_ROWS = `
    SELECT t."id", t."planId", t."code", t."title", t."body", t."sourceClause", t."section", t."startAt", t."dueAt",
           t."deadlineText", t."recurrenceJson", t."status", t."percent", t."doneReportedAt", t."confirmedAt", t."archivedAt",
           p."number" AS "planNumber", p."issueDate" AS "planIssueDate", ph."code" AS "phaseCode", ph."name" AS "phaseName",
           a."id" AS "aId", a."unitId" AS "aUnitId", a."role" AS "aRole", a."status" AS "aStatus", a."percent" AS "aPercent",
           a."lastReportAt" AS "aLastReportAt", a."doneReportedAt" AS "aDoneReportedAt", a."createdAt" AS "aCreatedAt",
           u."code" AS "unitCode", u."name" AS "unitName", u."shortName" AS "unitShortName"
      FROM "Task" t JOIN "Plan" p ON p."id" = t."planId" LEFT JOIN "Phase" ph ON ph."id" = t."phaseId"
      LEFT JOIN "Assignment" a ON a."taskId" = t."id" AND a."removedAt" IS NULL
      LEFT JOIN "Unit" u ON u."id" = a."unitId"`;

/** The timestamp columns of ONE_TASK_ROWS (read as JSON they come back as text without a zone, and hold UTC). */
export const ONE_TASK_DATES = [
  'planIssueDate',
  'startAt',
  'dueAt',
  'doneReportedAt',
  'confirmedAt',
  'archivedAt',
  'aLastReportAt',
  'aDoneReportedAt',
  'aCreatedAt',
] as const;

/** The task of ONE_TASK_ROWS' rows, or null when there are none. */
export function taskFromRows(rows: readonly Raw[]): TaskRecord | null {
  const [first] = rows;
  if (!first) return null;
  const assignments = rows
    .filter((r) => r.aId !== null && r.aId !== undefined)
    .map((r) => ({
      id: r.aId,
      unitId: r.aUnitId,
      role: r.aRole,
      status: r.aStatus,
      percent: r.aPercent,
      lastReportAt: r.aLastReportAt,
      doneReportedAt: r.aDoneReportedAt,
      createdAt: r.aCreatedAt,
      unitCode: r.unitCode,
      unitName: r.unitName,
      unitShortName: r.unitShortName,
    }))
    .sort((x, y) => Number(x.id) - Number(y.id));
  return toTaskRecord(first, assignments);
}

/**
 * One task by id, archived or not, with plan, phase and live assignments in one query (a row per
 * assignment): every reply loads its task, and this is one statement instead of loadTaskRecords' two.
 */
export async function loadOneTask(prisma: PrismaDb, taskId: number): Promise<TaskRecord | null> {
  return taskFromRows(await prisma.$queryRaw<Raw[]>`${Prisma.raw(ONE_TASK_ROWS)} WHERE t."id" = ${taskId}`);
}

/** Tasks of active plans (not archived) assigned to any of the units, by deadline (none first), then id. */
export async function listTasksOfUnits(prisma: PrismaDb, unitIds: readonly number[]): Promise<TaskRecord[]> {
  const unique = [...new Set(unitIds)];
  const seen = new Set<number>();
  const tasks: TaskRecord[] = [];
  for (let i = 0; i < unique.length; i += UNITS_PER_QUERY) {
    for (const task of await loadChunk(prisma, unique.slice(i, i + UNITS_PER_QUERY))) {
      if (seen.has(task.id)) continue;
      seen.add(task.id);
      tasks.push(task);
    }
  }
  const due = (task: TaskRecord) => task.dueAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  return tasks.sort((a, b) => due(a) - due(b) || a.id - b.id);
}
