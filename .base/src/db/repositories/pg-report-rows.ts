import type { PrismaDb } from '../open-database.ts';
import { assignmentChanges, auditAfterTail, auditColumns, type Column, type ReportRowWriter, reportColumns, taskChanges } from './report-rows.ts';

/**
 * PostgreSQL: the report's rows in one statement (data-modifying CTEs; a statement is its own
 * transaction), one round trip instead of BEGIN, four writes and COMMIT. The audit row takes the
 * report's id inside the statement. An assignment or task gone missing fails the statement, as
 * Prisma's update() failed the transaction.
 */
export function pgReportRows(prisma: PrismaDb): ReportRowWriter {
  return async (input, assignmentDoneReportedAt) => {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const values = (columns: readonly Column[]) => columns.map(([, value]) => param(value)).join(', ');
    const names = (columns: readonly Column[]) => columns.map(([name]) => `"${name}"`).join(', ');
    const set = (columns: readonly Column[]) => columns.map(([name, value]) => `"${name}" = ${param(value)}`).join(', ');
    const report = reportColumns(input);
    const assignment = assignmentChanges(input, assignmentDoneReportedAt);
    const task = taskChanges(input, new Date());
    const audit = auditColumns(input);
    const parts = [
      `r AS (INSERT INTO "StatusReport" (${names(report)}) VALUES (${values(report)}) RETURNING "id")`,
      `a AS (UPDATE "Assignment" SET ${set(assignment)} WHERE "taskId" = ${param(input.taskId)} AND "unitId" = ${param(input.unitId)} RETURNING 1 AS one)`,
      ...(task ? [`t AS (UPDATE "Task" SET ${set(task)} WHERE "id" = ${param(input.taskId)} RETURNING 1 AS one)`] : []),
      `l AS (INSERT INTO "AuditLog" (${names(audit)}, "afterJson") VALUES (${values(audit)}, (SELECT '{"reportId":' || r."id" || ${param(auditAfterTail(input))}::text FROM r)))`,
    ];
    // A division by zero aborts the statement, and so all its writes, when a row to update is missing.
    const checks = ['1 / (SELECT count(*) FROM a) AS a', ...(task ? ['1 / (SELECT count(*) FROM t) AS t'] : [])];
    const rows = await prisma.$queryRawUnsafe<{ id: number }[]>(`WITH ${parts.join(', ')} SELECT r."id", ${checks.join(', ')} FROM r`, ...params);
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('report row not written');
    return Number(id);
  };
}
